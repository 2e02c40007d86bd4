using Certification.Web.Data;
using Certification.Web.Domain.Certificates;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure.Certificates;

/// <summary>
/// Which certificate a holder may ask to renew (Decree 35 Art 45), or why none: the subject's latest certificate, unless it
/// was revoked (then only a new first certification is possible), already replaced, or still far from its last valid day.
/// A certificate without an end date may be renewed at any time (re-certification is then driven by monitoring, [D]).
/// </summary>
/// <param name="Certificate">The certificate to renew; null with <paramref name="Refusal"/>.</param>
/// <param name="Refusal">Why the subject cannot apply for re-certification (Vietnamese, a SharedResource key); null when it can.</param>
public sealed record RenewableCertificate(Certificate? Certificate, string? Refusal)
{
    public const string NoCertificateMessage = "Chưa có giấy chứng nhận để đề nghị cấp lại; vui lòng nộp hồ sơ chứng nhận lần đầu.";
    public const string RevokedMessage = "Giấy chứng nhận đã bị thu hồi, không thể cấp lại; vui lòng nộp hồ sơ chứng nhận mới.";
    public const string NotYetDueMessage = "Chưa đến thời hạn đề nghị cấp lại: giấy chứng nhận còn hiệu lực dài hơn thời gian Ban Quản lý cho phép nộp hồ sơ cấp lại.";

    /// <param name="parkId">For an eco-industrial park certificate: the park; ignored when <paramref name="enterpriseId"/> is set.</param>
    /// <param name="enterpriseId">For an eco-enterprise certificate: the enterprise.</param>
    /// <param name="opensDaysBefore">How many calendar days before the last valid day renewal opens.</param>
    public static async Task<RenewableCertificate> FindAsync(CertificationDbContext db, Guid parkId, Guid? enterpriseId, DateOnly today,
        int opensDaysBefore, CancellationToken cancellationToken)
    {
        var certificates = enterpriseId is { } enterprise
            ? db.Certificates.Where(c => c.Kind == CertificateKind.EcoEnterprise && c.EnterpriseId == enterprise)
            : db.Certificates.Where(c => c.Kind == CertificateKind.EcoIndustrialPark && c.ParkId == parkId);
        var latest = await certificates.AsNoTracking().OrderByDescending(c => c.IssuedOn).ThenByDescending(c => c.Number)
            .FirstOrDefaultAsync(cancellationToken);
        var refusal = latest?.StatusOn(today) switch
        {
            null => NoCertificateMessage,
            CertificateStatus.Revoked => RevokedMessage,
            CertificateStatus.Replaced => NoCertificateMessage,
            CertificateStatus.Valid when latest.ValidUntil is { } until && until.AddDays(-opensDaysBefore) > today => NotYetDueMessage,
            _ => null,
        };
        return refusal is null ? new RenewableCertificate(latest, null) : new RenewableCertificate(null, refusal);
    }
}
