namespace Certification.Web.Domain.Monitoring;

/// <summary>Links a yearly report to one evidence file of its filer (join row).</summary>
public sealed class AnnualReportEvidence(Guid annualReportId, Guid evidenceFileId)
{
    public Guid AnnualReportId { get; private set; } = annualReportId;
    public Guid EvidenceFileId { get; private set; } = evidenceFileId;
}
