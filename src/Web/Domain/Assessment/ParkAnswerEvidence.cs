namespace Certification.Web.Domain.Assessment;

/// <summary>Links a park answer to one evidence file (join row).</summary>
public sealed class ParkAnswerEvidence(Guid parkAnswerId, Guid evidenceFileId)
{
    public Guid ParkAnswerId { get; private set; } = parkAnswerId;
    public Guid EvidenceFileId { get; private set; } = evidenceFileId;
}
