using Certification.Criteria.Inputs;
using Certification.Web.Data;
using Certification.Web.Domain.Assessment;
using Certification.Web.Domain.Enterprises;
using Certification.Web.Domain.Organisations;
using Certification.Web.Domain.Parks;
using Certification.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SymbiosisLink = Certification.Web.Domain.Assessment.SymbiosisLink;

namespace Certification.Web.Tests.Pages.Dashboard;

/// <summary>
/// One province with three parks (X: e1, e2, e3; Y: e4, e5; Z: none), facts for 2024 and 2025 and four symbiosis links,
/// plus another province whose enterprise reports RECP and whose link must not count. What each fact means for the
/// dashboard is written beside it; the tests compare with those hand counts.
/// </summary>
internal sealed record IndicatorWorld(Organisation Board, Dictionary<string, Guid> Parks, TestWorld.TestUser BoardUser)
{
    /// <param name="board">The Board of an existing province to add the parks to; a new province and Board when null.</param>
    public static async Task<IndicatorWorld> ArrangeAsync(TestApp app, string culture = "vi", Organisation? board = null)
    {
        var world = app.World();
        var provinceId = board?.ProvinceId ?? (await world.ProvinceAsync()).Id;
        board ??= await world.OrganisationAsync(OrganisationKind.ManagementBoard, provinceId);
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, provinceId);
        var parks = new Dictionary<string, Guid>();
        foreach (var name in new[] { "KCN X", "KCN Y", "KCN Z" })
            parks[name] = (await world.ParkAsync(provinceId, investor.Id, $"{name} {TestWorld.Unique()}")).Id;
        var e = new Dictionary<string, Enterprise>();
        foreach (var (key, park) in new[] { ("e1", "KCN X"), ("e2", "KCN X"), ("e3", "KCN X"), ("e4", "KCN Y"), ("e5", "KCN Y") })
            e[key] = await world.EnterpriseAsync(parks[park], name: $"Công ty {key} {TestWorld.Unique()}");

        await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CertificationDbContext>();
            // 2024: RECP with results e1 only (e2 says RECP but no saving) = 1 of 5 = 20 %; energy saving in X only (e1 kWh;
            // e4 saves water only) = 1 of 3 parks = 33.3 %; sums 1,000 kWh, 50 + 30 = 80 m³, 1.5 t CO₂, 2,000,000 VND.
            Facts(db, e["e1"], 2024, true, new RecpSavings { ElectricityKwh = 1_000, WaterCubicMetres = 50, Co2Tonnes = 1.5m, Vnd = 2_000_000 });
            Facts(db, e["e2"], 2024, true, new RecpSavings());
            Facts(db, e["e4"], 2024, false, new RecpSavings { WaterCubicMetres = 30 });
            // 2025: RECP with results e1, e3, e5 = 3 of 5 = 60 %; energy: X (e1 kWh) and Y (e5 fuel) = 2 of 3 = 66.7 %;
            // sums 2,000 kWh, 100 + 20 = 120 m³, 3 t CO₂, 5,000,000 VND. e2 and e4 did not report.
            Facts(db, e["e1"], 2025, true, new RecpSavings { ElectricityKwh = 2_000, WaterCubicMetres = 100, Vnd = 5_000_000 });
            Facts(db, e["e3"], 2025, true, new RecpSavings { WaterCubicMetres = 20, Co2Tonnes = 3 });
            Facts(db, e["e5"], 2025, true, new RecpSavings { FuelTonnes = 2 });

            var x = await db.Parks.SingleAsync(p => p.Id == parks["KCN X"]);
            var y = await db.Parks.SingleAsync(p => p.Id == parks["KCN Y"]);
            // Input/output exchange: e1→e2 since 2023 (2024 and 2025); e4→e5 2022 until 1 Jul 2024 (2024 only).
            Link(db, x, e["e1"], e["e2"], SymbiosisType.InputOutputExchange, new DateOnly(2023, 3, 1), null);
            Link(db, y, e["e4"], e["e5"], SymbiosisType.InputOutputExchange, new DateOnly(2022, 1, 1), new DateOnly(2024, 7, 1));
            // Shared services: e4 with the town until 1 Jan 2025, its first day off (2024 only); e3 with the town from 1 Jun 2025.
            Link(db, y, e["e4"], null, SymbiosisType.SharedServices, new DateOnly(2023, 5, 1), new DateOnly(2025, 1, 1));
            Link(db, x, e["e3"], null, SymbiosisType.SharedServices, new DateOnly(2025, 6, 1), null);
            await db.SaveChangesAsync();
        });
        await ForeignProvinceAsync(app);
        return new IndicatorWorld(board, parks, await world.UserAsync(Certification.Web.Infrastructure.Identity.Roles.Board, board.Id, culture: culture));
    }

    private static async Task ForeignProvinceAsync(TestApp app)
    {
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var park = await world.ParkAsync(province.Id, investor.Id);
        var one = await world.EnterpriseAsync(park.Id);
        var two = await world.EnterpriseAsync(park.Id);
        await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CertificationDbContext>();
            Facts(db, one, 2025, true, new RecpSavings { ElectricityKwh = 99_999, Vnd = 99_999 });
            Link(db, await db.Parks.SingleAsync(p => p.Id == park.Id), one, two, SymbiosisType.InputOutputExchange, new DateOnly(2020, 1, 1), null);
            await db.SaveChangesAsync();
        });
    }

    private static void Facts(CertificationDbContext db, Enterprise enterprise, int year, bool recp, RecpSavings savings)
    {
        var facts = new EnterpriseFacts(enterprise.Id, year);
        facts.Report(new ReportedFacts { Workforce = 150, AppliesRecp = recp, Savings = savings }, null, DateTimeOffset.UtcNow);
        db.EnterpriseFacts.Add(facts);
    }

    private static void Link(CertificationDbContext db, Park park, Enterprise enterprise, Enterprise? partner, SymbiosisType type,
        DateOnly start, DateOnly? end)
    {
        var link = new SymbiosisLink(park, enterprise, partner, partner is null ? "Công ty Cấp nước thị xã" : null, type,
            partner is null ? PartnerLocation.Town : PartnerLocation.SamePark, "Trao đổi (kiểm thử)", start, null);
        if (end is { } last)
            link.End(last);
        db.SymbiosisLinks.Add(link);
    }
}
