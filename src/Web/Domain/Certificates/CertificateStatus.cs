namespace Certification.Web.Domain.Certificates;

/// <summary>A certificate's standing on a given day; computed, not stored.</summary>
public enum CertificateStatus
{
    Valid,
    Expired,
    Revoked,
}
