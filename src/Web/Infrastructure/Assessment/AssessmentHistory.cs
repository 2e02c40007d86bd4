using Certification.Web.Data;
using Certification.Web.Infrastructure.NewParks;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure.Assessment;

/// <summary>
/// What is on file year by year: a park's recorded assessment snapshots against the national park set, and an
/// enterprise's yearly reported facts (form B.5). Read by the new-park progress (Art 38) and the re-certification
/// evaluation (Art 45), which judges "on the annual monitoring reports".
/// </summary>
/// <remarks>
/// Annual monitoring (Art 43): the Board's acceptance of a park's yearly report records its re-evaluation as a snapshot
/// evaluated in the year after the reporting year (Monitoring/AnnualReportReview), so every accepted report is read here.
/// </remarks>
public static class AssessmentHistory
{
    /// <summary>Per reporting year (the year before the evaluation), the latest recorded snapshot of that year; oldest first.</summary>
    public static async Task<List<ProgressYear>> ParkYearsAsync(CertificationDbContext db, Guid parkId, CancellationToken ct)
    {
        var snapshots = await db.ParkAssessmentRecords.AsNoTracking().Where(r => r.ParkId == parkId && r.SetId == ParkEvaluator.ParkSetId)
            .OrderBy(r => r.EvaluatedOn).ThenBy(r => r.RecordedAt).ToListAsync(ct);
        return snapshots
            .GroupBy(r => ParkEvaluationInputs.ReportingYear(r.EvaluatedOn))
            .Select(g => g.Last())
            .Select(r => new ProgressYear(ParkEvaluationInputs.ReportingYear(r.EvaluatedOn), r.EvaluatedOn, r.MetCount, r.ApplicableCount,
                r.CompliancePercent, r.AllMandatoryMet, r.SetId, r.SetVersion, IsLive: false))
            .ToList();
    }

    /// <summary>The enterprise's reported years, oldest first.</summary>
    public static async Task<List<EnterpriseReportYear>> EnterpriseYearsAsync(CertificationDbContext db, Guid enterpriseId, CancellationToken ct) =>
        (await db.EnterpriseFacts.AsNoTracking().Where(f => f.EnterpriseId == enterpriseId).OrderBy(f => f.Year).ToListAsync(ct))
        .Select(f =>
        {
            var reported = f.ToReported();
            return new EnterpriseReportYear(f.Year, reported.Workforce, reported.AppliesRecp, reported.Savings.HasMeasuredSaving, f.IsoSystems,
                reported.Savings.WaterCubicMetres, reported.Savings.ElectricityKwh, reported.Savings.Vnd, f.UpdatedAt);
        }).ToList();
}

/// <summary>One year of an enterprise's reported facts (form B.5): RECP with or without measured savings, ISO systems, key savings.</summary>
public sealed record EnterpriseReportYear(int Year, int? Workforce, bool? AppliesRecp, bool? HasMeasuredSaving, string? IsoSystems,
    decimal? WaterSavedCubicMetres, decimal? ElectricitySavedKwh, decimal? SavedVnd, DateTimeOffset UpdatedAt);
