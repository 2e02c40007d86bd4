using Certification.Criteria.Evaluation;
using Certification.Criteria.Wording;
using Certification.Web.Data;
using Certification.Web.Domain.Monitoring;
using Certification.Web.Infrastructure.Assessment;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure.Monitoring;

/// <summary>
/// The criteria on a yearly report's data, evaluated on a date of the year after the reporting year (see
/// <see cref="ReportingYears.EvaluationDate"/>): a park against the national EIP set (its A.5 answers, the enterprises'
/// facts of the reporting year, the symbiosis registry); an enterprise against the national eco-enterprise set with the same
/// inputs as its certification (<see cref="EnterpriseEvaluationInputs"/>) except LEGAL.1, which in a yearly report is the
/// enterprise's own declaration that the Board accepts or returns: no department is consulted.
/// </summary>
public sealed class AnnualReportEvaluator(CertificationDbContext db, ParkEvaluator parks, IndicatorSetVersions sets)
{
    /// <exception cref="InvalidOperationException">When no published set is in force on <paramref name="onDate"/>.</exception>
    public async Task<SetEvaluation> EvaluateAsync(AnnualReport report, DateOnly onDate, Language language, CancellationToken ct)
    {
        if (report.EnterpriseId is not { } enterpriseId)
            return (await parks.EvaluateAsync(report.ParkId, onDate, language, ct)).Evaluation;
        var set = await sets.CurrentAsync(EnterpriseEvaluator.EnterpriseSetId, onDate, ct)
            ?? throw new InvalidOperationException($"No published version of {EnterpriseEvaluator.EnterpriseSetId} is in force on {onDate:yyyy-MM-dd}.");
        var enterprise = await db.Enterprises.AsNoTracking().SingleAsync(e => e.Id == enterpriseId, ct);
        var data = await EnterpriseEvaluationInputs.LoadAsync(db, enterprise, onDate, report.CompliedWithLaw, ct);
        return set.Evaluate(data, onDate, language);
    }
}
