namespace Certification.Web.Domain.Certificates;

/// <summary>What a certificate certifies. Stored as text; if you add a kind, also word it in CertificatePdf and the registry.</summary>
public enum CertificateKind
{
    /// <summary>Eco-industrial park (Decree 35 Art 41); issued by the provincial People's Committee.</summary>
    EcoIndustrialPark,

    /// <summary>Eco-enterprise (Decree 35 Art 42); issued by the Management Board.</summary>
    EcoEnterprise,
}
