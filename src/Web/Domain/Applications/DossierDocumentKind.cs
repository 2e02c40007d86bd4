namespace Certification.Web.Domain.Applications;

/// <summary>The parts of a certification dossier (Decree 35 Art 41.1). Stored as text.</summary>
public enum DossierDocumentKind
{
    /// <summary>The application form for certification (required).</summary>
    Registration,

    /// <summary>The report on the park's (or enterprise's) operation (required).</summary>
    OperationReport,

    /// <summary>The self-evaluation against the criteria, with its evidence (required).</summary>
    SelfEvaluation,

    /// <summary>Any other supporting document.</summary>
    Other,

    /// <summary>A document supplied in answer to a reviewing body's supplement request.</summary>
    Supplement,
}
