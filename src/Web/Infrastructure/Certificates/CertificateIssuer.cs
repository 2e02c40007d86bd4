using Certification.Web.Data;
using Certification.Web.Domain;
using Certification.Web.Domain.Certificates;
using Certification.Web.Domain.Evidence;
using Certification.Web.Infrastructure.Evidence;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure.Certificates;

/// <summary>
/// Issues a certificate: renders its PDF once, stores it as locked evidence of the issuing organisation and adds
/// both rows to the context. The caller saves, so issuing commits together with the decision that caused it.
/// </summary>
/// <remarks>
/// The PDF bytes reach the content-addressed store before the commit; if the transaction then fails, an
/// unreferenced file stays in the store, which is harmless (the same bytes are never served for another row).
/// </remarks>
public sealed class CertificateIssuer(CertificationDbContext db, EvidenceStore store, CertificateOptions options, TimeProvider clock)
{
    public const string ParkLegalBasis =
        "Nghị định số 35/2022/NĐ-CP ngày 28/5/2022 của Chính phủ quy định về quản lý khu công nghiệp và khu kinh tế (Điều 37, 41); " +
        "Thông tư số 05/2025/TT-BKHĐT của Bộ Kế hoạch và Đầu tư";

    public const string EnterpriseLegalBasis =
        "Nghị định số 35/2022/NĐ-CP ngày 28/5/2022 của Chính phủ quy định về quản lý khu công nghiệp và khu kinh tế (Điều 39, 42); " +
        "Thông tư số 05/2025/TT-BKHĐT của Bộ Kế hoạch và Đầu tư";

    public async Task<Certificate> IssueForParkAsync(Guid parkId, string number, DateOnly issuedOn,
        Guid issuerOrganisationId, Guid issuedByUserId, CancellationToken cancellationToken)
    {
        var park = await db.Parks.SingleAsync(p => p.Id == parkId, cancellationToken);
        var province = await db.Provinces.SingleAsync(p => p.Id == park.ProvinceId, cancellationToken);
        await EnsureNumberFreeAsync(number, cancellationToken);
        var certificate = Certificate.ForPark(number, province.Id, park.Id, park.Name, $"Ủy ban nhân dân tỉnh {province.Name}",
            ParkLegalBasis, issuedOn, ValidUntil(issuedOn));
        return await StoreAsync(certificate, issuerOrganisationId, issuedByUserId, cancellationToken);
    }

    public async Task<Certificate> IssueForEnterpriseAsync(Guid enterpriseId, string number, DateOnly issuedOn,
        Guid issuerOrganisationId, Guid issuedByUserId, CancellationToken cancellationToken)
    {
        var enterprise = await db.Enterprises.SingleAsync(e => e.Id == enterpriseId, cancellationToken);
        var park = await db.Parks.SingleAsync(p => p.Id == enterprise.ParkId, cancellationToken);
        var province = await db.Provinces.SingleAsync(p => p.Id == park.ProvinceId, cancellationToken);
        await EnsureNumberFreeAsync(number, cancellationToken);
        var certificate = Certificate.ForEnterprise(number, province.Id, park.Id, enterprise.Id, enterprise.Name,
            $"Ban Quản lý các khu công nghiệp {province.Name}", EnterpriseLegalBasis, issuedOn, ValidUntil(issuedOn));
        return await StoreAsync(certificate, issuerOrganisationId, issuedByUserId, cancellationToken);
    }

    /// <summary>The public page the QR code points to.</summary>
    public Uri VerificationAddress(Certificate certificate) =>
        new(options.PublicBaseUrl, $"Verify/{certificate.VerificationCode}");

    private async Task<Certificate> StoreAsync(Certificate certificate, Guid issuerOrganisationId, Guid issuedByUserId, CancellationToken cancellationToken)
    {
        var pdf = CertificatePdf.Render(certificate, VerificationAddress(certificate), options.PdfSharpLicenseKey);
        var staged = await store.StageAsync(new MemoryStream(pdf), cancellationToken);
        store.Commit(staged);
        var now = clock.GetUtcNow();
        var file = new EvidenceFile(staged.Sha256, staged.Length, "application/pdf",
            $"giay-chung-nhan-{certificate.VerificationCode}.pdf", issuerOrganisationId, issuedByUserId, now);
        file.LockForSubmission(now);
        certificate.AttachPdf(file.Id);
        db.EvidenceFiles.Add(file);
        db.Certificates.Add(certificate);
        return certificate;
    }

    private async Task EnsureNumberFreeAsync(string number, CancellationToken cancellationToken)
    {
        var trimmed = number.Trim();
        if (await db.Certificates.AnyAsync(c => c.Number == trimmed, cancellationToken))
            throw new DomainException("Certificate.NumberTaken", $"Số giấy chứng nhận {trimmed} đã được cấp.");
    }

    private DateOnly? ValidUntil(DateOnly issuedOn) =>
        options.ValidityYears is > 0 and var years ? issuedOn.AddYears(years).AddDays(-1) : null;
}
