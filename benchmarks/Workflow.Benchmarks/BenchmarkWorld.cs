using Certification.Web.Data;
using Certification.Web.Domain.Applications;
using Certification.Web.Domain.Evidence;
using Certification.Web.Domain.Organisations;
using Certification.Web.Domain.Parks;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Audit;
using Certification.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Certification.Workflow.Benchmarks;

/// <summary>
/// What the simulated actors need, arranged before the clock starts: one province with its Board and People's
/// Committee, the five ministries, and one park per application (a park has one open application at a time), each
/// with the three dossier files. Every actor is a real user with an e-mail address, so each task's reminder ladder is
/// queued in the outbox as in production.
/// </summary>
internal sealed record BenchmarkWorld(IReadOnlyList<(Guid ParkId, CurrentUser Developer, Guid[] Files)> Parks, CurrentUser Board,
    CurrentUser Committee, IReadOnlyList<CurrentUser> Ministries)
{
    public static readonly string[] MinistryCodes = ["MOF", "MAE", "MOST", "MOIT", "MOC"];

    public static async Task<BenchmarkWorld> ArrangeAsync(IServiceProvider services, int parks, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AuditActor>().ActAs(null, "benchmark-arrange");
        var db = scope.ServiceProvider.GetRequiredService<CertificationDbContext>();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var roleIds = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);
        CurrentUser Person(string role, Organisation organisation) => BenchmarkWorld.Person(db, roleIds, role, organisation);
        var province = new Province("B" + tag, "Tỉnh đo hiệu năng " + tag);
        db.Provinces.Add(province);
        var board = Organisation(db, OrganisationKind.ManagementBoard, "Ban Quản lý (đo hiệu năng) " + tag, province.Id, null);
        var committee = Organisation(db, OrganisationKind.PeoplesCommittee, "UBND (đo hiệu năng) " + tag, province.Id, null);
        var ministries = new List<CurrentUser>();
        foreach (var code in MinistryCodes)
        {
            var existing = await db.Organisations.FirstOrDefaultAsync(o => o.ReviewingBodyCode == code, cancellationToken)
                ?? Organisation(db, OrganisationKind.ReviewingBody, "Bộ " + code, null, code);
            ministries.Add(Person(Roles.Reviewer, existing));
        }
        var arranged = new List<(Guid, CurrentUser, Guid[])>();
        for (var i = 0; i < parks; i++)
        {
            var investor = Organisation(db, OrganisationKind.ParkInvestor, $"Chủ đầu tư {tag}-{i}", province.Id, null);
            var park = new Park($"KCN đo hiệu năng {tag}-{i}", province.Id, investor.Id, 300m, new DateOnly(2010, 1, 1), ParkEstablishment.Existing);
            db.Parks.Add(park);
            var files = Enumerable.Range(0, 3).Select(k => new EvidenceFile(new string((char)('a' + k), 64), 10, "application/pdf",
                $"ho-so-{k}.pdf", investor.Id, Guid.NewGuid(), DateTimeOffset.UtcNow)).ToArray();
            db.EvidenceFiles.AddRange(files);
            arranged.Add((park.Id, Person(Roles.ParkDeveloper, investor), files.Select(f => f.Id).ToArray()));
        }
        await db.SaveChangesAsync(cancellationToken);
        return new BenchmarkWorld(arranged, Person(Roles.Board, board), Person(Roles.Committee, committee), ministries);
    }

    private static Organisation Organisation(CertificationDbContext db, OrganisationKind kind, string name, Guid? provinceId, string? code)
    {
        var organisation = new Organisation(name, kind, provinceId, code);
        db.Organisations.Add(organisation);
        return organisation;
    }

    private static CurrentUser Person(CertificationDbContext db, IReadOnlyDictionary<string, Guid> roleIds, string role, Organisation organisation)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@benchmark.local";
        var user = new AppUser
        {
            Id = Guid.NewGuid(), UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email,
            NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true, DisplayName = $"{role} ({organisation.Name})",
            OrganisationId = organisation.Id, SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = roleIds[role] });
        return new CurrentUser(user.Id, user.DisplayName, organisation.Id, organisation.Kind, organisation.ProvinceId, organisation.ReviewingBodyCode,
            new HashSet<string> { role });
    }
}
