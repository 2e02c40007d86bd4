using Certification.Criteria.Evaluation;
using Certification.Criteria.Inputs;
using Certification.Criteria.Sets;
using Certification.Criteria.Wording;
using Certification.Web.Data;
using Certification.Web.Domain.Certificates;
using Certification.Web.Domain.Monitoring;
using Certification.Web.Infrastructure.Assessment;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure.Monitoring;

/// <summary>
/// Re-evaluates an eco-enterprise on its yearly report (B.4/B.5) against the national eco-enterprise set in force on the
/// evaluation date: its facts of the reporting year, LEGAL.1 from the report's compliance declaration, LOC.1 from whether
/// its park holds a certificate valid on that date, and the park's symbiosis links it takes part in.
/// </summary>
public sealed class EnterpriseReportEvaluator(CertificationDbContext db, IndicatorSetVersions sets)
{
    public const string EnterpriseSetId = NationalIndicatorSets.EcoEnterpriseSetId;

    /// <exception cref="InvalidOperationException">When no published enterprise set is in force on <paramref name="onDate"/>.</exception>
    public async Task<SetEvaluation> EvaluateAsync(AnnualReport report, DateOnly onDate, Language language, CancellationToken ct)
    {
        var enterpriseId = report.EnterpriseId ?? throw new ArgumentException("Not an enterprise report.", nameof(report));
        var set = await sets.CurrentAsync(EnterpriseSetId, onDate, ct)
            ?? throw new InvalidOperationException($"No published version of {EnterpriseSetId} is in force on {onDate:yyyy-MM-dd}.");
        var enterprise = await db.Enterprises.AsNoTracking().SingleAsync(e => e.Id == enterpriseId, ct);
        var facts = await db.EnterpriseFacts.AsNoTracking().SingleOrDefaultAsync(f => f.EnterpriseId == enterpriseId && f.Year == report.ReportingYear, ct);
        var parkCertified = await db.Certificates.AnyAsync(c => c.ParkId == enterprise.ParkId && c.EnterpriseId == null
            && c.Kind == CertificateKind.EcoIndustrialPark && c.IssuedOn <= onDate
            && (c.RevokedOn == null || c.RevokedOn > onDate) && (c.ValidUntil == null || c.ValidUntil >= onDate), ct);
        var links = await db.SymbiosisLinks.AsNoTracking().Where(l => l.ParkId == enterprise.ParkId).ToListAsync(ct);
        var answers = new Dictionary<string, IndicatorAnswer>(StringComparer.Ordinal) { ["LOC.1"] = new YesNoAnswer(parkCertified) };
        if (report.CompliedWithLaw is { } complied)
            answers["LEGAL.1"] = new YesNoAnswer(complied) { EvidenceIds = report.Evidence.Select(e => e.EvidenceFileId.ToString()).ToArray() };
        return set.Evaluate(new EnterpriseEvaluationData
        {
            Enterprise = EnterpriseRecords.From(enterprise, facts),
            Answers = answers,
            SymbiosisLinks = links.Select(l => l.ToEngineLink()).ToArray(),
        }, onDate, language);
    }
}
