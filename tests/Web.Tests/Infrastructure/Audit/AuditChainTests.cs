using System.Text.Json;
using Certification.Web.Data;
using Certification.Web.Domain.Audit;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Audit;
using Certification.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Infrastructure.Audit;

public sealed class AuditChainTests
{
    [Fact]
    public async Task SaveChanges_WhenEntitiesChange_AppendsSequentialRowsWithBeforeAfterAndActor()
    {
        await using var app = await TestApp.StartAsync();
        var actorId = Guid.NewGuid();
        var organisationId = await ActingAsync(app, actorId, "alice@test.local", async db =>
        {
            var province = new Province("P" + TestWorld.Unique()[..6], "Tỉnh Thử");
            db.Provinces.Add(province);
            var organisation = new Organisation("Tên cũ", OrganisationKind.ManagementBoard, province.Id);
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            organisation.Rename("Tên mới");
            await db.SaveChangesAsync();
            return organisation.Id;
        });

        var rows = await EntriesAsync(app);

        Assert.Equal([1L, 2L, 3L], rows.Select(r => r.Sequence));
        Assert.All(rows, r => Assert.Equal("alice@test.local", r.ActorName));
        Assert.All(rows, r => Assert.Equal(actorId, r.ActorUserId));
        var added = rows.Single(r => r.EntityType == nameof(Organisation) && r.Action == "Added");
        Assert.Null(added.Before);
        Assert.Equal("Tên cũ", JsonDocument.Parse(added.After!).RootElement.GetProperty("Name").GetString());
        var renamed = rows[2];
        Assert.Equal(("Modified", nameof(Organisation), organisationId.ToString()), (renamed.Action, renamed.EntityType, renamed.EntityId));
        Assert.Equal(["Name"], JsonDocument.Parse(renamed.Before!).RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Tên cũ", JsonDocument.Parse(renamed.Before!).RootElement.GetProperty("Name").GetString());
        Assert.Equal("Tên mới", JsonDocument.Parse(renamed.After!).RootElement.GetProperty("Name").GetString());
        Assert.Equal(rows[1].Hash, renamed.PreviousHash);
        Assert.Equal(AuditHash.Genesis, rows[0].PreviousHash);
    }

    [Fact]
    public async Task SaveChanges_WhenEntityDeleted_RecordsBeforeAndNoAfter()
    {
        await using var app = await TestApp.StartAsync();
        var province = await app.World().ProvinceAsync();
        await ActingAsync(app, null, "cleanup", async db =>
        {
            db.Provinces.Remove(await db.Provinces.SingleAsync(p => p.Id == province.Id));
            return await db.SaveChangesAsync();
        });

        var deleted = (await EntriesAsync(app)).Last();

        Assert.Equal("Deleted", deleted.Action);
        Assert.Null(deleted.After);
        Assert.Equal(province.Name, JsonDocument.Parse(deleted.Before!).RootElement.GetProperty("Name").GetString());
    }

    [Fact]
    public async Task Verify_WhenUntouched_ReportsIntactWithEveryRowChecked()
    {
        await using var app = await TestApp.StartAsync();
        await ArrangeFiveRowsAsync(app);

        var report = await VerifyAsync(app);

        Assert.True(report.IsIntact);
        Assert.Equal(new AuditChainReport(await CountAsync(app), null, null), report);
    }

    [Fact]
    public async Task Verify_WhenARowsContentWasEdited_ReportsContentAtThatRow()
    {
        await using var app = await TestApp.StartAsync();
        await ArrangeFiveRowsAsync(app);
        await app.Database.ExecuteAsync("UPDATE \"AuditEntries\" SET \"After\"='x' WHERE \"Sequence\"=2");

        var report = await VerifyAsync(app);

        Assert.Equal(new AuditChainReport(1, 2, "content"), report);
    }

    [Fact]
    public async Task Verify_WhenTheActorWasEdited_ReportsContentAtThatRow()
    {
        await using var app = await TestApp.StartAsync();
        await ArrangeFiveRowsAsync(app);
        await app.Database.ExecuteAsync("UPDATE \"AuditEntries\" SET \"ActorName\"='someone-else' WHERE \"Sequence\"=4");

        var report = await VerifyAsync(app);

        Assert.Equal(new AuditChainReport(3, 4, "content"), report);
    }

    [Fact]
    public async Task Verify_WhenAMiddleRowWasDeleted_ReportsMissingAtThatRow()
    {
        await using var app = await TestApp.StartAsync();
        await ArrangeFiveRowsAsync(app);
        await app.Database.ExecuteAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\"=3");

        var report = await VerifyAsync(app);

        Assert.Equal(new AuditChainReport(2, 3, "missing"), report);
    }

    [Fact]
    public async Task Verify_WhenAForgedRowCarriesAValidOwnHash_ReportsTheBrokenLinkAtTheNextRow()
    {
        await using var app = await TestApp.StartAsync();
        await ArrangeFiveRowsAsync(app);
        // The forger rewrites row 2 and recomputes its hash, so row 2 looks sound on its own; row 3 still points at the original.
        var original = (await EntriesAsync(app))[1];
        var forged = new AuditEntry(original.Sequence, original.At, original.ActorUserId, original.ActorName, original.Action,
            original.EntityType, original.EntityId, original.Before, """{"Name":"forged"}""", original.PreviousHash);
        await app.Database.ExecuteAsync(
            $"UPDATE \"AuditEntries\" SET \"After\"='{forged.After}', \"Hash\"='{forged.Hash}' WHERE \"Sequence\"=2");

        var report = await VerifyAsync(app);

        Assert.Equal(new AuditChainReport(2, 3, "link"), report);
    }

    [Fact]
    public async Task Verify_WhenAForgedRowIsRelinkedToItsPredecessor_ReportsLinkAtTheForgedRow()
    {
        await using var app = await TestApp.StartAsync();
        await ArrangeFiveRowsAsync(app);
        // A row inserted in place of row 3 links to a made-up predecessor hash; its own hash is valid.
        var original = (await EntriesAsync(app))[2];
        var forged = new AuditEntry(3, original.At, null, "intruder", "Added", "Province", "forged", null, "{}", new string('a', 64));
        await app.Database.ExecuteAsync(
            $"UPDATE \"AuditEntries\" SET \"ActorUserId\"=NULL, \"ActorName\"='intruder', \"Action\"='Added', \"EntityType\"='Province', " +
            $"\"EntityId\"='forged', \"Before\"=NULL, \"After\"='{{}}', \"PreviousHash\"='{forged.PreviousHash}', \"Hash\"='{forged.Hash}' WHERE \"Sequence\"=3");

        var report = await VerifyAsync(app);

        Assert.Equal(new AuditChainReport(2, 3, "link"), report);
    }

    [Fact]
    public async Task Audit_WhenUsersAndSecretsChange_NeverHoldsPasswordHashStampsOrKeys()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var board = await world.OrganisationAsync(OrganisationKind.ManagementBoard, province.Id);
        var user = await world.UserAsync(Roles.Board, board.Id);
        await app.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var appUser = (await users.FindByIdAsync(user.Id.ToString()))!;
            await users.ChangePasswordAsync(appUser, TestWorld.Password, "AnotherPassword2");
            await users.GenerateNewTwoFactorRecoveryCodesAsync(appUser, 10);
        });
        var passwordHash = await app.Database.ScalarAsync<string>($"SELECT \"PasswordHash\" FROM \"AspNetUsers\" WHERE \"Id\" = '{user.Id}'");
        var securityStamp = await app.Database.ScalarAsync<string>($"SELECT \"SecurityStamp\" FROM \"AspNetUsers\" WHERE \"Id\" = '{user.Id}'");
        var recoveryCodes = await app.Database.ScalarAsync<string>($"SELECT \"Value\" FROM \"AspNetUserTokens\" WHERE \"UserId\" = '{user.Id}' AND \"Name\" = 'RecoveryCodes'");

        var json = string.Join("\n", (await EntriesAsync(app)).SelectMany(r => new[] { r.Before, r.After }).Where(j => j is not null));

        Assert.Contains("[redacted]", json);
        Assert.Contains("\"PasswordHash\"", json);
        Assert.DoesNotContain(passwordHash!, json);
        Assert.DoesNotContain(securityStamp!, json);
        Assert.DoesNotContain(user.AuthenticatorKey!, json);
        Assert.All(recoveryCodes!.Split(';'), code => Assert.DoesNotContain(code, json));
        Assert.DoesNotContain("AQAAAA", json); // the prefix of every Identity v3 password hash
    }

    private static Task<T> ActingAsync<T>(TestApp app, Guid? actorId, string actorName, Func<CertificationDbContext, Task<T>> work) =>
        app.InScopeAsync(async services =>
        {
            services.GetRequiredService<AuditActor>().ActAs(actorId, actorName);
            return await work(services.GetRequiredService<CertificationDbContext>());
        });

    private static async Task ArrangeFiveRowsAsync(TestApp app)
    {
        var world = app.World();
        for (var i = 0; i < 5; i++)
            await world.ProvinceAsync();
    }

    private static Task<List<AuditEntry>> EntriesAsync(TestApp app) =>
        app.InScopeAsync(services => services.GetRequiredService<CertificationDbContext>().AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync());

    private static Task<long> CountAsync(TestApp app) =>
        app.InScopeAsync(services => services.GetRequiredService<CertificationDbContext>().AuditEntries.LongCountAsync());

    private static Task<AuditChainReport> VerifyAsync(TestApp app) =>
        app.InScopeAsync(services => services.GetRequiredService<AuditChainVerifier>().VerifyAsync(CancellationToken.None));
}
