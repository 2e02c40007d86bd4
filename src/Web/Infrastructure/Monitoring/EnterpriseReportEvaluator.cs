using Certification.Criteria.Evaluation;
using Certification.Criteria.Wording;
using Certification.Web.Data;
using Certification.Web.Domain.Monitoring;
using Certification.Web.Infrastructure.Assessment;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure.Monitoring;

/// <summary>
/// Re-evaluates an eco-enterprise on its yearly report (B.4/B.5) against the national eco-enterprise set in force on the
/// evaluation date, with the same inputs as its certification (<see cref="EnterpriseEvaluationInputs"/>) except LEGAL.1:
/// in a yearly report it is the enterprise's own declaration, which the Board accepts or returns; no department is consulted.
/// </summary>
public sealed class EnterpriseReportEvaluator(CertificationDbContext db, IndicatorSetVersions sets)
{
    /// <exception cref="InvalidOperationException">When no published enterprise set is in force on <paramref name="onDate"/>.</exception>
    public async Task<SetEvaluation> EvaluateAsync(AnnualReport report, DateOnly onDate, Language language, CancellationToken ct)
    {
        var enterpriseId = report.EnterpriseId ?? throw new ArgumentException("Not an enterprise report.", nameof(report));
        var set = await sets.CurrentAsync(EnterpriseEvaluator.EnterpriseSetId, onDate, ct)
            ?? throw new InvalidOperationException($"No published version of {EnterpriseEvaluator.EnterpriseSetId} is in force on {onDate:yyyy-MM-dd}.");
        var enterprise = await db.Enterprises.AsNoTracking().SingleAsync(e => e.Id == enterpriseId, ct);
        var data = await EnterpriseEvaluationInputs.LoadAsync(db, enterprise, onDate, report.CompliedWithLaw, ct);
        return set.Evaluate(data, onDate, language);
    }
}
