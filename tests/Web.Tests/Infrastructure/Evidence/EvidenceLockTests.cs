using Certification.Web.Data;
using Certification.Web.Domain;
using Certification.Web.Domain.Evidence;
using Certification.Web.Domain.Organisations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Certification.Web.Tests.Infrastructure.Evidence;

/// <summary>A locked evidence file is refused by the domain method and, for any other path, by the database trigger.</summary>
public sealed class EvidenceLockTests
{
    private static async Task<(TestApp App, Guid FileId)> ArrangeAsync(bool locked)
    {
        var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var fileId = await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CertificationDbContext>();
            var file = new EvidenceFile(new string('b', 64), 10, "application/pdf", "ho-so.pdf", investor.Id, Guid.NewGuid(), DateTimeOffset.UtcNow);
            if (locked)
                file.LockForSubmission(DateTimeOffset.UtcNow);
            db.EvidenceFiles.Add(file);
            await db.SaveChangesAsync();
            return file.Id;
        });
        return (app, fileId);
    }

    [Theory]
    [InlineData("DELETE FROM \"EvidenceFiles\" WHERE \"Id\" = '{0}'")]
    [InlineData("UPDATE \"EvidenceFiles\" SET \"OriginalName\" = 'doi-ten.pdf' WHERE \"Id\" = '{0}'")]
    [InlineData("UPDATE \"EvidenceFiles\" SET \"LockedAt\" = NULL WHERE \"Id\" = '{0}'")]
    public async Task Sql_OnLockedFile_IsRefusedByTrigger(string sql)
    {
        var (app, fileId) = await ArrangeAsync(locked: true);
        await using var _ = app;

        var refusal = await Assert.ThrowsAsync<PostgresException>(() => app.Database.ExecuteAsync(string.Format(sql, fileId)));

        Assert.Equal(PostgresErrorCodes.CheckViolation, refusal.SqlState);
        Assert.Equal(1L, await app.Database.ScalarAsync<long>($"SELECT count(*) FROM \"EvidenceFiles\" WHERE \"Id\" = '{fileId}' AND \"OriginalName\" = 'ho-so.pdf'"));
    }

    [Fact]
    public async Task Sql_OnUnlockedFile_IsAllowed()
    {
        // Guards the test above against passing because the SQL itself is wrong.
        var (app, fileId) = await ArrangeAsync(locked: false);
        await using var _ = app;

        await app.Database.ExecuteAsync($"DELETE FROM \"EvidenceFiles\" WHERE \"Id\" = '{fileId}'");

        Assert.Equal(0L, await app.Database.ScalarAsync<long>("SELECT count(*) FROM \"EvidenceFiles\""));
    }

    [Fact]
    public void EnsureCanBeDeleted_WhenLocked_ThrowsDomainException()
    {
        var file = new EvidenceFile(new string('c', 64), 1, "application/pdf", "a.pdf", Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.UtcNow);
        file.EnsureCanBeDeleted();
        file.LockForSubmission(DateTimeOffset.UtcNow);

        var refusal = Assert.Throws<DomainException>(file.EnsureCanBeDeleted);

        Assert.Equal("Evidence.Locked", refusal.Code);
    }
}
