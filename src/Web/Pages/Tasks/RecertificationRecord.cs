using Certification.Web.Data;
using Certification.Web.Infrastructure.Assessment;
using Certification.Web.Infrastructure.NewParks;
using Certification.Web.Infrastructure.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Pages.Tasks;

/// <summary>
/// What the Board weighs besides today's criteria when it evaluates a re-certification (Decree 35 Art 45): the certificate
/// being renewed and the yearly record on file: a park's assessment snapshots per reporting year, an enterprise's yearly
/// reported facts (form B.5).
/// </summary>
public sealed record RecertificationRecord(string CertificateNumber, DateOnly IssuedOn, DateOnly? ValidUntil, bool IsEnterprise,
    IReadOnlyList<ProgressYear> ParkYears, IReadOnlyList<EnterpriseReportYear> EnterpriseYears)
{
    /// <returns>The record, or null when the application is a first certification.</returns>
    public static async Task<RecertificationRecord?> LoadAsync(CertificationDbContext db, ApplicationView view, CancellationToken ct)
    {
        if (view.RenewsCertificateId is not { } certificateId)
            return null;
        var certificate = await db.Certificates.AsNoTracking().SingleAsync(c => c.Id == certificateId, ct);
        return new RecertificationRecord(certificate.Number, certificate.IssuedOn, certificate.ValidUntil, view.EnterpriseId is not null,
            view.EnterpriseId is null ? await AssessmentHistory.ParkYearsAsync(db, view.ParkId, ct) : [],
            view.EnterpriseId is { } enterpriseId ? await AssessmentHistory.EnterpriseYearsAsync(db, enterpriseId, ct) : []);
    }
}
