using Certification.Criteria.Sets;
using Certification.Criteria.Wording;
using Certification.Web.Data;
using Certification.Web.Domain.Assessment;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure.Assessment;

/// <summary>
/// Evaluates a park's stored answers, enterprise facts and symbiosis registry against the national park set version in
/// force on the evaluation date, and records snapshots. Does not check access: callers load the park through AccessPolicy.
/// </summary>
public sealed class ParkEvaluator(CertificationDbContext db, IndicatorSetVersions sets, TimeProvider clock)
{
    /// <summary>The set evaluated against: the national eco-industrial park set.</summary>
    public const string ParkSetId = NationalIndicatorSets.EcoIndustrialParkSetId;

    /// <exception cref="KeyNotFoundException">When the park does not exist.</exception>
    /// <exception cref="InvalidOperationException">When no published park set is in force on <paramref name="onDate"/>.</exception>
    public async Task<ParkAssessmentResult> EvaluateAsync(Guid parkId, DateOnly onDate, Language language, CancellationToken ct)
    {
        var park = await db.Parks.AsNoTracking().FirstOrDefaultAsync(p => p.Id == parkId, ct)
            ?? throw new KeyNotFoundException($"No park {parkId}.");
        var set = await sets.CurrentAsync(ParkSetId, onDate, ct)
            ?? throw new InvalidOperationException($"No published version of {ParkSetId} is in force on {onDate:yyyy-MM-dd}.");
        var data = await ParkEvaluationInputs.LoadAsync(db, park, onDate, ct);
        var evaluation = set.Evaluate(data, onDate, language);
        return new ParkAssessmentResult(set.SetId, set.Version, onDate, ParkEvaluationInputs.ReportingYear(onDate), evaluation);
    }

    /// <summary>Evaluates the park and stores the snapshot (set id and version, totals, result tree) as <paramref name="recordedBy"/>.</summary>
    public async Task<ParkAssessmentRecord> RecordAsync(Guid parkId, DateOnly onDate, Language language, Guid? recordedBy, CancellationToken ct)
    {
        var record = Snapshot(parkId, await EvaluateAsync(parkId, onDate, language, ct), recordedBy);
        await db.SaveChangesAsync(ct);
        return record;
    }

    /// <summary>Adds the snapshot of an evaluation to the context without saving, for a caller that saves it with its own change.</summary>
    public ParkAssessmentRecord Snapshot(Guid parkId, ParkAssessmentResult result, Guid? recordedBy)
    {
        var evaluation = result.Evaluation;
        var record = new ParkAssessmentRecord(parkId, result.SetId, result.SetVersion,
            result.EvaluatedOn, clock.GetUtcNow(), recordedBy, evaluation.CompliancePercent, evaluation.AllMandatoryMet,
            evaluation.MetCount, evaluation.ApplicableCount, AssessmentResultJson.Write(result));
        db.ParkAssessmentRecords.Add(record);
        return record;
    }
}
