using Certification.Web.Domain;
using Certification.Web.Domain.Certificates;

namespace Certification.Web.Tests.Certificates;

/// <summary>Re-certification (Art 45): a renewed certificate is replaced from the new one's day of issue, never twice, never once revoked.</summary>
public sealed class CertificateReplacementTests
{
    private static Certificate Issued() => Certificate.ForPark("01/2023/GCN-KCNST-DNA", Guid.NewGuid(), Guid.NewGuid(), "KCN", "UBND tỉnh",
        "Nghị định 35/2022/NĐ-CP", new DateOnly(2023, 1, 10), new DateOnly(2026, 1, 9));

    [Fact]
    public void StatusOn_AroundTheReplacement_ValidBeforeReplacedFromThatDay()
    {
        var certificate = Issued();

        certificate.ReplaceBy("01/2026/GCN-KCNST-DNA", new DateOnly(2025, 12, 1));

        Assert.Equal(CertificateStatus.Valid, certificate.StatusOn(new DateOnly(2025, 11, 30)));
        Assert.Equal(CertificateStatus.Replaced, certificate.StatusOn(new DateOnly(2025, 12, 1)));
        Assert.Equal(CertificateStatus.Replaced, certificate.StatusOn(new DateOnly(2026, 2, 1)));   // replaced, not merely expired
        Assert.Equal("01/2026/GCN-KCNST-DNA", certificate.ReplacedByNumber);
    }

    [Fact]
    public void ReplaceBy_Twice_Throws()
    {
        var certificate = Issued();
        certificate.ReplaceBy("01/2026/GCN-KCNST-DNA", new DateOnly(2025, 12, 1));

        var refusal = Assert.Throws<DomainException>(() => certificate.ReplaceBy("02/2026/GCN-KCNST-DNA", new DateOnly(2025, 12, 2)));

        Assert.Equal("Certificate.AlreadyReplaced", refusal.Code);
    }

    [Fact]
    public void ReplaceBy_RevokedCertificate_Throws()
    {
        var certificate = Issued();
        certificate.Revoke(new DateOnly(2024, 5, 1), "Không duy trì tiêu chí ENV.2");

        var refusal = Assert.Throws<DomainException>(() => certificate.ReplaceBy("01/2026/GCN-KCNST-DNA", new DateOnly(2025, 12, 1)));

        Assert.Equal("Certificate.RevokedNotRenewable", refusal.Code);
    }
}
