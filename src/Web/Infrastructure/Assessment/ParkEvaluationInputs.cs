using Certification.Criteria.Inputs;
using Certification.Web.Data;
using Certification.Web.Domain.Parks;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure.Assessment;

/// <summary>
/// Maps a park's stored rows to what the engine reads. Enterprise facts are those of the reporting year, the calendar
/// year before the evaluation date (form B.5 reports the previous year). An enterprise with no facts for that year is
/// NOT REPORTED for every fact except the workforce kept on its master record: older years are never used, so stale
/// figures cannot pass an indicator unseen.
/// </summary>
internal static class ParkEvaluationInputs
{
    public static int ReportingYear(DateOnly onDate) => onDate.Year - 1;

    public static async Task<ParkEvaluationData> LoadAsync(CertificationDbContext db, Park park, DateOnly onDate, CancellationToken ct)
    {
        var year = ReportingYear(onDate);
        var answers = await db.ParkAnswers.AsNoTracking().Include(a => a.Evidence)
            .Where(a => a.ParkId == park.Id).ToListAsync(ct);
        var enterprises = await db.Enterprises.AsNoTracking()
            .Where(e => e.ParkId == park.Id).OrderBy(e => e.Name)
            .Select(e => new { Enterprise = e, Facts = db.EnterpriseFacts.FirstOrDefault(f => f.EnterpriseId == e.Id && f.Year == year) })
            .ToListAsync(ct);
        var links = await db.SymbiosisLinks.AsNoTracking().Where(l => l.ParkId == park.Id).ToListAsync(ct);

        return new ParkEvaluationData
        {
            Stage = park.Establishment == ParkEstablishment.NewlyEstablished ? ParkStage.NewlyEstablished : ParkStage.Existing,
            Answers = answers.ToDictionary(a => a.IndicatorCode, a => a.ToEngineAnswer(), StringComparer.Ordinal),
            Enterprises = enterprises.Select(row => EnterpriseRecords.From(row.Enterprise, row.Facts)).ToArray(),
            SymbiosisLinks = links.Select(l => l.ToEngineLink()).ToArray(),
        };
    }
}
