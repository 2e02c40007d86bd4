using System.Security.Cryptography;

namespace Certification.Web.Domain.Certificates;

/// <summary>
/// An issued certificate. Its PDF is rendered once at issue, stored as locked evidence and served as stored:
/// never rendered again. Anyone can check it on the public verification page through <see cref="VerificationCode"/>.
/// </summary>
public sealed class Certificate
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    /// <summary>The official number, e.g. "01/2026/GCN-KCNST"; unique.</summary>
    public string Number { get; private set; } = "";
    public CertificateKind Kind { get; private set; }
    public Guid ProvinceId { get; private set; }
    public Guid? ParkId { get; private set; }
    public Guid? EnterpriseId { get; private set; }

    /// <summary>The certified park's or enterprise's name as printed; later renames do not change it.</summary>
    public string SubjectName { get; private set; } = "";
    public string IssuerName { get; private set; } = "";
    public string LegalBasis { get; private set; } = "";

    /// <summary>Date of issue, Viet Nam calendar date.</summary>
    public DateOnly IssuedOn { get; private set; }

    /// <summary>Last day of validity (inclusive), or null when the certificate does not expire.</summary>
    public DateOnly? ValidUntil { get; private set; }

    /// <summary>Unguessable code in the QR link; the number alone is easy to guess and is looked up separately.</summary>
    public string VerificationCode { get; private set; } = "";

    /// <summary>The stored PDF (an evidence file, locked at issue).</summary>
    public Guid PdfFileId { get; private set; }

    public DateOnly? RevokedOn { get; private set; }
    public string? RevocationReason { get; private set; }

    /// <summary>The day a re-issued certificate (Decree 35 Art 45) took this one's place; it is no longer valid from then.</summary>
    public DateOnly? ReplacedOn { get; private set; }

    /// <summary>The number of the certificate that replaced this one.</summary>
    public string? ReplacedByNumber { get; private set; }

    private Certificate() { }

    private Certificate(string number, CertificateKind kind, Guid provinceId, Guid? parkId, Guid? enterpriseId, string subjectName,
        string issuerName, string legalBasis, DateOnly issuedOn, DateOnly? validUntil)
    {
        if (string.IsNullOrWhiteSpace(number))
            throw new DomainException("Certificate.NumberRequired", "Giấy chứng nhận phải có số.");
        if (validUntil is { } until && until < issuedOn)
            throw new DomainException("Certificate.ValidityBeforeIssue", "Ngày hết hiệu lực phải sau ngày cấp.");
        Number = number.Trim();
        Kind = kind;
        ProvinceId = provinceId;
        ParkId = parkId;
        EnterpriseId = enterpriseId;
        SubjectName = subjectName;
        IssuerName = issuerName;
        LegalBasis = legalBasis;
        IssuedOn = issuedOn;
        ValidUntil = validUntil;
        VerificationCode = NewVerificationCode();
    }

    public static Certificate ForPark(string number, Guid provinceId, Guid parkId, string parkName, string issuerName,
        string legalBasis, DateOnly issuedOn, DateOnly? validUntil) =>
        new(number, CertificateKind.EcoIndustrialPark, provinceId, parkId, null, parkName, issuerName, legalBasis, issuedOn, validUntil);

    public static Certificate ForEnterprise(string number, Guid provinceId, Guid parkId, Guid enterpriseId, string enterpriseName,
        string issuerName, string legalBasis, DateOnly issuedOn, DateOnly? validUntil) =>
        new(number, CertificateKind.EcoEnterprise, provinceId, parkId, enterpriseId, enterpriseName, issuerName, legalBasis, issuedOn, validUntil);

    /// <summary>What the verification page says on <paramref name="today"/>.</summary>
    public CertificateStatus StatusOn(DateOnly today) =>
        RevokedOn is { } revoked && revoked <= today ? CertificateStatus.Revoked
        : ReplacedOn is { } replaced && replaced <= today ? CertificateStatus.Replaced
        : ValidUntil is { } until && until < today ? CertificateStatus.Expired
        : CertificateStatus.Valid;

    public void AttachPdf(Guid fileId)
    {
        if (PdfFileId != Guid.Empty)
            throw new DomainException("Certificate.PdfFixed", "Bản PDF của giấy chứng nhận đã được lưu và không thể thay.");
        PdfFileId = fileId;
    }

    /// <summary>Revokes from <paramref name="on"/> (Decree 35 Art 44); the reason is shown publicly.</summary>
    public void Revoke(DateOnly on, string reason)
    {
        if (RevokedOn is not null)
            throw new DomainException("Certificate.AlreadyRevoked", "Giấy chứng nhận đã bị thu hồi.");
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainException("Certificate.RevocationReasonRequired", "Vui lòng nêu lý do thu hồi.");
        if (on < IssuedOn)
            throw new DomainException("Certificate.RevokedBeforeIssue", "Ngày thu hồi không thể trước ngày cấp.");
        RevokedOn = on;
        RevocationReason = reason.Trim();
    }

    /// <summary>Re-certification (Art 45) re-issued the subject's certificate as <paramref name="number"/> on <paramref name="on"/>.</summary>
    public void ReplaceBy(string number, DateOnly on)
    {
        if (ReplacedOn is not null)
            throw new DomainException("Certificate.AlreadyReplaced", "Giấy chứng nhận này đã được cấp lại.");
        if (RevokedOn is not null)
            throw new DomainException("Certificate.RevokedNotRenewable", "Giấy chứng nhận đã bị thu hồi, không thể cấp lại; vui lòng nộp hồ sơ chứng nhận mới.");
        ReplacedOn = on < IssuedOn ? IssuedOn : on;
        ReplacedByNumber = number.Trim();
    }

    private static string NewVerificationCode() =>
        Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();
}
