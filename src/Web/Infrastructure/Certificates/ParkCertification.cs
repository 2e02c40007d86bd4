using Certification.Web.Data;
using Certification.Web.Domain.Certificates;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure.Certificates;

/// <summary>
/// Whether a park holds a valid eco-industrial park certificate on a day: the condition for its enterprises to apply as
/// eco-enterprises (Decree 35 Art 37.2 (4)) and the answer to criterion LOC.1. A park with several certificates (e.g.
/// after re-certification) stands on its valid one; without one, the latest certificate says why (revoked or expired).
/// </summary>
/// <param name="Status">The standing; null when the park never held a certificate.</param>
/// <param name="Number">The number of the certificate the standing comes from, or null.</param>
public sealed record ParkCertification(CertificateStatus? Status, string? Number, DateOnly? IssuedOn)
{
    public bool IsValid => Status == CertificateStatus.Valid;

    /// <summary>Why an enterprise of the park cannot apply yet (Vietnamese, a SharedResource key); null when it can.</summary>
    public string? EnterpriseRefusal => Status switch
    {
        CertificateStatus.Valid => null,
        CertificateStatus.Revoked => RevokedMessage,
        CertificateStatus.Expired => ExpiredMessage,
        _ => NotCertifiedMessage,
    };

    public const string NotCertifiedMessage =
        "Doanh nghiệp chưa thể nộp hồ sơ chứng nhận doanh nghiệp sinh thái: khu công nghiệp nơi doanh nghiệp hoạt động chưa được chứng nhận là khu công nghiệp sinh thái (Nghị định 35/2022/NĐ-CP, Điều 37 khoản 2).";
    public const string RevokedMessage =
        "Doanh nghiệp chưa thể nộp hồ sơ chứng nhận doanh nghiệp sinh thái: giấy chứng nhận khu công nghiệp sinh thái của khu công nghiệp nơi doanh nghiệp hoạt động đã bị thu hồi.";
    public const string ExpiredMessage =
        "Doanh nghiệp chưa thể nộp hồ sơ chứng nhận doanh nghiệp sinh thái: giấy chứng nhận khu công nghiệp sinh thái của khu công nghiệp nơi doanh nghiệp hoạt động đã hết hiệu lực.";

    /// <summary>The standing of park <paramref name="parkId"/> on <paramref name="today"/> (Viet Nam date).</summary>
    public static async Task<ParkCertification> OfAsync(CertificationDbContext db, Guid parkId, DateOnly today, CancellationToken cancellationToken)
    {
        var certificates = await db.Certificates.AsNoTracking()
            .Where(c => c.ParkId == parkId && c.Kind == CertificateKind.EcoIndustrialPark)
            .OrderByDescending(c => c.IssuedOn).ToListAsync(cancellationToken);
        var standing = certificates.FirstOrDefault(c => c.StatusOn(today) == CertificateStatus.Valid) ?? certificates.FirstOrDefault();
        return standing is null ? new ParkCertification(null, null, null)
            : new ParkCertification(standing.StatusOn(today), standing.Number, standing.IssuedOn);
    }
}
