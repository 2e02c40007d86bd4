namespace Certification.Web.Domain.Applications;

/// <summary>What a certification application asks for. Stored as text.</summary>
/// <remarks>If you add a kind, also give it a process in <c>WorkflowDefinitions</c> and a certificate symbol in <see cref="CertificateNumber"/>.</remarks>
public enum ApplicationKind
{
    /// <summary>Eco-industrial park (Decree 35 Art 41): the park developer applies; the People's Committee certifies.</summary>
    EcoIndustrialPark,

    /// <summary>Eco-enterprise (Decree 35 Art 42): an enterprise in a park applies; the Board certifies.</summary>
    EcoEnterprise,
}
