using Certification.Web.Domain.Enterprises;
using Certification.Web.Domain.Organisations;
using Certification.Web.Domain.Parks;
using Certification.Web.Infrastructure.Audit;
using Certification.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Data.Demo;

/// <summary>
/// Demo data: real Đồng Nai park names (public facts) with invented figures and invented companies, people and
/// e-mail addresses. Every row is flagged IsDemo and shown with a "demo data" badge. Loaded once; later runs keep it.
/// </summary>
public sealed class DemoData(CertificationDbContext db, UserManager<AppUser> users, AuditActor actor, TimeProvider clock, ILogger<DemoData> logger)
{
    /// <summary>The password of every demo user; listed in the README.</summary>
    public const string Password = "DemoCert2026";

    public static readonly IReadOnlyList<(string Email, string Role, string Name)> Users =
    [
        ("developer@demo.local", Roles.ParkDeveloper, "Nguyễn Demo Chủ đầu tư"),
        ("enterprise@demo.local", Roles.Enterprise, "Trần Demo Doanh nghiệp"),
        ("reviewer@demo.local", Roles.Reviewer, "Lê Demo Thẩm định"),
        ("board@demo.local", Roles.Board, "Phạm Demo Ban Quản lý"),
        ("committee@demo.local", Roles.Committee, "Hoàng Demo UBND"),
        ("admin@demo.local", Roles.Administrator, "Vũ Demo Quản trị"),
    ];

    public async Task LoadOnceAsync(CancellationToken cancellationToken)
    {
        actor.ActAs(null, "demo-seed");
        if (await db.Organisations.AnyAsync(o => o.IsDemo, cancellationToken))
        {
            logger.LogInformation("Demo data already present; kept as it is.");
            return;
        }

        var province = await db.Provinces.SingleOrDefaultAsync(p => p.Code == "DNA", cancellationToken) ?? new Province("DNA", "Đồng Nai");
        if (db.Entry(province).State == EntityState.Detached)
            db.Provinces.Add(province);
        var board = Add(new Organisation("Ban Quản lý các KCN Đồng Nai (demo)", OrganisationKind.ManagementBoard, province.Id, isDemo: true));
        var committee = Add(new Organisation("UBND tỉnh Đồng Nai (demo)", OrganisationKind.PeoplesCommittee, province.Id, isDemo: true));
        foreach (var (code, name, national) in ReviewingBodies.All)
            Add(new Organisation(name + " (demo)", OrganisationKind.ReviewingBody, national ? null : province.Id, code, isDemo: true));
        var reviewer = db.Organisations.Local.Single(o => o.ReviewingBodyCode == "MAE");

        var random = new Random(2026);
        Organisation? firstInvestor = null;
        Enterprise? firstEnterprise = null;
        Organisation? enterpriseOrganisation = null;
        var assessedParkEnterprises = new List<Enterprise>();
        Park? assessedPark = null;
        foreach (var (parkName, area, established, establishment) in DemoParks.All)
        {
            var investor = Add(new Organisation($"Chủ đầu tư {parkName} (demo)", OrganisationKind.ParkInvestor, province.Id, isDemo: true));
            firstInvestor ??= investor;
            var park = new Park(parkName, province.Id, investor.Id, area, established, establishment, isDemo: true);
            db.Parks.Add(park);
            assessedPark ??= park;
            var count = random.Next(8, 16);
            for (var i = 0; i < count; i++)
            {
                var sector = DemoParks.Sectors[random.Next(DemoParks.Sectors.Count)];
                var taxCode = (3600000000L + random.Next(1_000_000, 99_999_999)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                Guid? ownOrganisation = null;
                if (firstEnterprise is null)
                {
                    enterpriseOrganisation = Add(new Organisation($"Công ty TNHH {sector} Demo {i + 1}", OrganisationKind.Enterprise, province.Id, isDemo: true));
                    ownOrganisation = enterpriseOrganisation.Id;
                }
                int? workforce = random.Next(10) == 0 ? null : random.Next(20, 2500);
                var enterprise = new Enterprise($"Công ty TNHH {sector} Demo {parkName[4..]} {i + 1}", taxCode, sector, workforce, park.Id, ownOrganisation, isDemo: true);
                firstEnterprise ??= enterprise;
                db.Enterprises.Add(enterprise);
                if (park == assessedPark)
                    assessedParkEnterprises.Add(enterprise);
            }
        }
        var now = clock.GetUtcNow();
        DemoAssessment.Add(db, assessedPark!, assessedParkEnterprises, DateOnly.FromDateTime(now.Date), now);
        DemoProvinceFacts.Add(db, db.Parks.Local.ToList(), db.Enterprises.Local.ToList(), assessedPark!, DateOnly.FromDateTime(now.Date), now);
        await db.SaveChangesAsync(cancellationToken);

        var organisationFor = new Dictionary<string, Guid>
        {
            [Roles.ParkDeveloper] = firstInvestor!.Id,
            [Roles.Enterprise] = enterpriseOrganisation!.Id,
            [Roles.Reviewer] = reviewer.Id,
            [Roles.Board] = board.Id,
            [Roles.Committee] = committee.Id,
            [Roles.Administrator] = board.Id,
        };
        foreach (var (email, role, name) in Users)
        {
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, OrganisationId = organisationFor[role], IsDemo = true };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, role));
        }
        logger.LogInformation("Demo data loaded: {Parks} parks, {Users} users.", DemoParks.All.Count, Users.Count);
    }

    private Organisation Add(Organisation organisation)
    {
        db.Organisations.Add(organisation);
        return organisation;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException("Demo data: " + string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
