namespace Certification.Web.Domain.Certificates;

/// <summary>A certificate's standing on a given day; computed, not stored.</summary>
public enum CertificateStatus
{
    Valid,
    Expired,
    Revoked,

    /// <summary>Re-issued under a new number after re-certification (Decree 35 Art 45).</summary>
    Replaced,
}
