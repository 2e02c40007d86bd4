using Certification.Criteria.Inputs;
using Certification.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure.Dashboard;

/// <summary>
/// The province indicators of plan 76/KH-UBND per reporting year, from the enterprises' yearly facts (form B.5) and the
/// parks' symbiosis registries. Definitions (also stated on the dashboard):
/// <list type="bullet">
/// <item>RECP share: enterprises reporting for the year that they apply RECP with at least one saving above zero, over
/// every enterprise registered in the province's parks; an enterprise that did not report counts as not applying.</item>
/// <item>Energy-efficiency reach: parks with at least one enterprise reporting an electricity (kWh) or fuel saving above
/// zero for the year, over every park of the province.</item>
/// <item>Symbiosis: links operating on at least one day of the year (start ≤ 31 Dec, end after 1 Jan or none).</item>
/// </list>
/// </summary>
internal static class ProvinceIndicators
{
    /// <summary>At most this many years are shown: the latest years with facts.</summary>
    public const int YearsShown = 5;

    /// <returns>One entry per year from the first to the last year with facts (at most <see cref="YearsShown"/>), oldest first.</returns>
    public static async Task<IReadOnlyList<YearIndicators>> ReadAsync(CertificationDbContext db, Guid provinceId, CancellationToken ct)
    {
        var parkIds = await db.Parks.Where(p => p.ProvinceId == provinceId).Select(p => p.Id).ToListAsync(ct);
        var enterprises = await db.Enterprises.Where(e => parkIds.Contains(e.ParkId)).Select(e => new { e.Id, e.ParkId }).ToListAsync(ct);
        var parkOf = enterprises.ToDictionary(e => e.Id, e => e.ParkId);
        var enterpriseIds = enterprises.Select(e => e.Id).ToList();
        var facts = await db.EnterpriseFacts.AsNoTracking().Where(f => enterpriseIds.Contains(f.EnterpriseId)).ToListAsync(ct);
        var links = await db.SymbiosisLinks.AsNoTracking().Where(l => parkIds.Contains(l.ParkId))
            .Select(l => new { l.Type, l.StartDate, l.EndDate }).ToListAsync(ct);
        if (facts.Count == 0)
            return [];

        var last = facts.Max(f => f.Year);
        var first = Math.Max(facts.Min(f => f.Year), last - YearsShown + 1);
        return Enumerable.Range(first, last - first + 1).Select(year =>
        {
            var ofYear = facts.Where(f => f.Year == year).ToList();
            var recp = ofYear.Count(f => f.AppliesRecp == true && f.ToReported().Savings is var s
                && new[] { s.ElectricityKwh, s.FuelTonnes, s.Co2Tonnes, s.WaterCubicMetres, s.WastewaterCubicMetres,
                    s.WasteReusedOrRecycledTonnes, s.MaterialsTonnes, s.ChemicalsTonnes, s.Vnd }.Any(v => v > 0));
            var reached = ofYear.Where(f => f.ElectricityKwh > 0 || f.FuelTonnes > 0).Select(f => parkOf[f.EnterpriseId]).Distinct().Count();
            var (yearStart, yearEnd) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            var operating = links.Where(l => l.StartDate <= yearEnd && (l.EndDate is null || l.EndDate > yearStart)).ToList();
            return new YearIndicators(year, enterprises.Count, recp, Percent(recp, enterprises.Count), parkIds.Count, reached,
                Percent(reached, parkIds.Count), Enum.GetValues<SymbiosisType>().ToDictionary(t => t, t => operating.Count(l => l.Type == t)),
                ofYear.Sum(f => f.ElectricityKwh ?? 0), ofYear.Sum(f => f.WaterCubicMetres ?? 0), ofYear.Sum(f => f.Co2Tonnes ?? 0),
                ofYear.Sum(f => f.Vnd ?? 0));
        }).ToList();
    }

    private static decimal? Percent(int part, int whole) => whole == 0 ? null : Math.Round(100m * part / whole, 1);
}
