namespace Certification.Web.Domain.Applications;

/// <summary>One file of a dossier: an evidence file (content-addressed, locked once submitted) in a dossier part.</summary>
public sealed class DossierDocument
{
    public Guid Id { get; private set; } = Guid.NewGuid();
    public DossierDocumentKind Kind { get; private set; }
    public Guid EvidenceFileId { get; private set; }

    /// <summary>The indicator a supplement answers, or null.</summary>
    public string? IndicatorCode { get; private set; }
    public DateTimeOffset AttachedAt { get; private set; }

    private DossierDocument() { }

    internal DossierDocument(DossierDocumentKind kind, Guid evidenceFileId, string? indicatorCode, DateTimeOffset attachedAt)
    {
        Kind = kind;
        EvidenceFileId = evidenceFileId;
        IndicatorCode = indicatorCode;
        AttachedAt = attachedAt;
    }
}
