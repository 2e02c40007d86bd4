using Certification.Web.Data;
using Certification.Web.Domain.Assessment;
using Certification.Web.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Pages.Monitoring;

/// <summary>
/// The reported figures of the year a report rests on: RECP savings per resource summed over the park's enterprises (or
/// the enterprise's own), how many enterprises apply RECP with a measured saving, and the symbiosis links operating in the year.
/// Null sums mean no enterprise reported that resource.
/// </summary>
public sealed record ReportFigures(int Enterprises, int EnterprisesWithFacts, int ApplyingRecpWithSavings,
    IReadOnlyList<(string Resource, string Unit, decimal? Total)> Savings, IReadOnlyList<ReportFigures.Link> Links)
{
    public sealed record Link(string Enterprise, string Partner, string Description, DateOnly StartDate, DateOnly? EndDate);

    public static async Task<ReportFigures> LoadAsync(CertificationDbContext db, AnnualReport report, CancellationToken ct)
    {
        var enterprises = await db.Enterprises.AsNoTracking()
            .Where(e => report.EnterpriseId == null ? e.ParkId == report.ParkId : e.Id == report.EnterpriseId)
            .Select(e => new { e.Id, e.Name }).ToListAsync(ct);
        var ids = enterprises.Select(e => e.Id).ToList();
        var facts = await db.EnterpriseFacts.AsNoTracking().Where(f => ids.Contains(f.EnterpriseId) && f.Year == report.ReportingYear).ToListAsync(ct);
        decimal? Sum(Func<EnterpriseFacts, decimal?> value) => facts.Any(f => value(f) is not null) ? facts.Sum(f => value(f) ?? 0) : null;
        var applying = facts.Count(f => f.AppliesRecp == true && f.ToReported().Savings.HasMeasuredSaving == true);
        var first = new DateOnly(report.ReportingYear, 1, 1);
        var last = new DateOnly(report.ReportingYear, 12, 31);
        var names = await db.Enterprises.AsNoTracking().Where(e => e.ParkId == report.ParkId).ToDictionaryAsync(e => e.Id, e => e.Name, ct);
        var links = await db.SymbiosisLinks.AsNoTracking()
            .Where(l => l.ParkId == report.ParkId && l.StartDate <= last && (l.EndDate == null || l.EndDate > first)
                && (report.EnterpriseId == null || l.EnterpriseId == report.EnterpriseId || l.PartnerEnterpriseId == report.EnterpriseId))
            .OrderBy(l => l.StartDate).ToListAsync(ct);
        return new ReportFigures(enterprises.Count, facts.Count, applying,
        [
            ("Điện", "kWh", Sum(f => f.ElectricityKwh)), ("Nhiên liệu", "t", Sum(f => f.FuelTonnes)), ("CO₂ giảm phát thải", "t", Sum(f => f.Co2Tonnes)),
            ("Nước", "m³", Sum(f => f.WaterCubicMetres)), ("Nước thải", "m³", Sum(f => f.WastewaterCubicMetres)),
            ("Chất thải tái sử dụng, tái chế", "t", Sum(f => f.WasteReusedOrRecycledTonnes)), ("Nguyên vật liệu", "t", Sum(f => f.MaterialsTonnes)),
            ("Hóa chất", "t", Sum(f => f.ChemicalsTonnes)), ("Tổng giá trị tiết kiệm", "VND", Sum(f => f.Vnd)),
        ], links.Select(l => new Link(names.GetValueOrDefault(l.EnterpriseId, ""),
            l.PartnerEnterpriseId is { } partner ? names.GetValueOrDefault(partner, "") : l.PartnerName ?? "", l.Description, l.StartDate, l.EndDate)).ToList());
    }

    /// <summary>Enterprises applying RECP with measured savings ÷ all enterprises × 100 (ENV.2 for a park); null when there are none.</summary>
    public decimal? RecpSharePercent => Enterprises > 0 ? Math.Round(ApplyingRecpWithSavings * 100m / Enterprises, 1) : null;
}
