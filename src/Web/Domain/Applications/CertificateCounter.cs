namespace Certification.Web.Domain.Applications;

/// <summary>
/// The last certificate sequence used per province, kind and year. <see cref="LastNumber"/> is the concurrency token:
/// two certificates issued at once cannot take the same number (the second save fails and rolls back).
/// </summary>
public sealed class CertificateCounter
{
    public Guid ProvinceId { get; private set; }
    public ApplicationKind Kind { get; private set; }
    public int Year { get; private set; }
    public int LastNumber { get; private set; }

    private CertificateCounter() { }

    public CertificateCounter(Guid provinceId, ApplicationKind kind, int year)
    {
        ProvinceId = provinceId;
        Kind = kind;
        Year = year;
    }

    /// <summary>Takes the next sequence number (1 for the year's first certificate).</summary>
    public int Next() => ++LastNumber;
}
