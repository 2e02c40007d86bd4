using Certification.Criteria.Sets;
using Certification.Criteria.Wording;
using Certification.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure.Assessment;

/// <summary>
/// Evaluates one enterprise against the national eco-enterprise set (Decree 35 Art 37.2; form B.5) version in force on
/// the evaluation date. Does not check access: callers reach the enterprise through AccessPolicy (or an application).
/// </summary>
public sealed class EnterpriseEvaluator(CertificationDbContext db, IndicatorSetVersions sets)
{
    /// <summary>The set evaluated against: the national eco-enterprise set.</summary>
    public const string EnterpriseSetId = NationalIndicatorSets.EcoEnterpriseSetId;

    /// <param name="departmentDecisions">The consulted departments' opinions ("approve", "reject", null while open), which answer
    /// LEGAL.1 (see <see cref="EnterpriseEvaluationInputs.LegalComplianceFrom"/>); empty when nobody was consulted.</param>
    /// <exception cref="KeyNotFoundException">When the enterprise does not exist.</exception>
    /// <exception cref="InvalidOperationException">When no published eco-enterprise set is in force on <paramref name="onDate"/>.</exception>
    public async Task<EnterpriseAssessmentResult> EvaluateAsync(Guid enterpriseId, DateOnly onDate, IReadOnlyCollection<string?> departmentDecisions,
        Language language, CancellationToken ct)
    {
        var enterprise = await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == enterpriseId, ct)
            ?? throw new KeyNotFoundException($"No enterprise {enterpriseId}.");
        var set = await sets.CurrentAsync(EnterpriseSetId, onDate, ct)
            ?? throw new InvalidOperationException($"No published version of {EnterpriseSetId} is in force on {onDate:yyyy-MM-dd}.");
        var data = await EnterpriseEvaluationInputs.LoadAsync(db, enterprise, onDate,
            EnterpriseEvaluationInputs.LegalComplianceFrom(departmentDecisions), ct);
        return new EnterpriseAssessmentResult(set.SetId, set.Version, onDate, ParkEvaluationInputs.ReportingYear(onDate),
            set.Evaluate(data, onDate, language));
    }
}
