using Certification.Criteria.Inputs;
using Certification.Web.Data;
using Certification.Web.Domain.Enterprises;
using Certification.Web.Infrastructure.Certificates;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure.Assessment;

/// <summary>
/// Maps one enterprise's stored rows to what the engine reads for the eco-enterprise set (form B.5): its facts of the
/// reporting year (the calendar year before the evaluation date; older years are never used, as for parks), the symbiosis
/// links of its park it takes part in, and the two criteria answered from outside the facts:
/// LOC.1 (in a certified park) from the park's certificate on the evaluation date, and LEGAL.1 (3 years of compliance with
/// the laws on investment, land, construction, environment, labour) from the provincial departments' opinions, since those
/// departments are the ones who know each enterprise's record in their field (Art 42 consultation).
/// </summary>
internal static class EnterpriseEvaluationInputs
{
    public const string LegalComplianceCode = "LEGAL.1";
    public const string CertifiedParkCode = "LOC.1";

    public static async Task<EnterpriseEvaluationData> LoadAsync(CertificationDbContext db, Enterprise enterprise, DateOnly onDate,
        bool? legalCompliance, CancellationToken ct)
    {
        var year = ParkEvaluationInputs.ReportingYear(onDate);
        var yearFacts = await db.EnterpriseFacts.AsNoTracking().FirstOrDefaultAsync(f => f.EnterpriseId == enterprise.Id && f.Year == year, ct);
        var links = await db.SymbiosisLinks.AsNoTracking()
            .Where(l => l.ParkId == enterprise.ParkId && (l.EnterpriseId == enterprise.Id || l.PartnerEnterpriseId == enterprise.Id))
            .ToListAsync(ct);
        var park = await ParkCertification.OfAsync(db, enterprise.ParkId, onDate, ct);
        var answers = new Dictionary<string, IndicatorAnswer>(StringComparer.Ordinal) { [CertifiedParkCode] = new YesNoAnswer(park.IsValid) };
        if (legalCompliance is { } compliant)
            answers[LegalComplianceCode] = new YesNoAnswer(compliant);
        return new EnterpriseEvaluationData
        {
            Enterprise = EnterpriseRecords.From(enterprise, yearFacts),
            Answers = answers,
            SymbiosisLinks = links.Select(l => l.ToEngineLink()).ToArray(),
        };
    }

    /// <summary>
    /// LEGAL.1 from the departments' opinions ("approve" / "reject" / null while open): confirmed when every consulted
    /// department agreed, not met when one disagreed, unknown (not reported) while any is missing or none was consulted.
    /// </summary>
    public static bool? LegalComplianceFrom(IReadOnlyCollection<string?> decisions) =>
        decisions.Count == 0 ? null
        : decisions.Any(d => d == Certification.Workflows.Processes.ProcessOutcomes.Reject) ? false
        : decisions.All(d => d == Certification.Workflows.Processes.ProcessOutcomes.Approve) ? true
        : null;
}
