using Certification.Web.Data;
using Certification.Web.Domain;
using Certification.Web.Domain.Applications;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Certificates;
using Certification.Workflows.Clocks;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure.Workflows;

/// <summary>
/// Opens a certification application for a park (EIP: the park's developer) or an enterprise (the enterprise itself),
/// addressed to the Management Board and People's Committee of the park's province, and starts its process.
/// </summary>
public sealed class ApplicationOpening(CertificationDbContext db, WorkflowHost host, TimeProvider clock)
{
    /// <returns>The new application, or null when the park or enterprise is not the user's to apply for.</returns>
    /// <exception cref="DomainException">The province has no Board (or, for an EIP, no People's Committee) yet, an application is
    /// already open, or (eco-enterprise) the enterprise's park holds no valid eco-industrial park certificate.</exception>
    public async Task<CertificationApplication?> OpenAsync(AccessPolicy access, ApplicationKind kind, Guid? parkId, Guid? enterpriseId,
        bool isDemo, CancellationToken cancellationToken)
    {
        var user = access.User;
        Guid provinceId, applicantId, resolvedParkId;
        if (kind == ApplicationKind.EcoIndustrialPark)
        {
            var park = await db.Parks.SingleOrDefaultAsync(p => p.Id == parkId && p.InvestorOrganisationId == user.OrganisationId, cancellationToken);
            if (park is null)
                return null;
            (provinceId, applicantId, resolvedParkId) = (park.ProvinceId, park.InvestorOrganisationId, park.Id);
        }
        else
        {
            var found = await db.Enterprises.Where(e => e.Id == enterpriseId && e.OrganisationId == user.OrganisationId)
                .Join(db.Parks, e => e.ParkId, p => p.Id, (e, p) => new { e.ParkId, p.ProvinceId }).SingleOrDefaultAsync(cancellationToken);
            if (found is null)
                return null;
            // Art 37.2 (4): only an enterprise of a certified eco-industrial park may apply.
            if ((await ParkCertification.OfAsync(db, found.ParkId, VietnamTime.Today(clock), cancellationToken)).EnterpriseRefusal is { } refusal)
                throw new DomainException("Application.ParkNotCertified", refusal);
            (provinceId, applicantId, resolvedParkId) = (found.ProvinceId, user.OrganisationId, found.ParkId);
        }
        if (await db.Applications.AnyAsync(a => a.Kind == kind && a.ParkId == resolvedParkId && a.EnterpriseId == enterpriseId
                && !ApplicationStatus.Finished.Contains(a.Status), cancellationToken))
            throw new DomainException("Application.AlreadyOpen", "Đã có một hồ sơ đang xử lý cho đối tượng này.");
        var board = await FirstOfKindAsync(OrganisationKind.ManagementBoard, provinceId, cancellationToken)
            ?? throw new DomainException("Application.NoBoard", "Tỉnh chưa có Ban quản lý các khu công nghiệp trong hệ thống.");
        var committee = await FirstOfKindAsync(OrganisationKind.PeoplesCommittee, provinceId, cancellationToken);
        var application = new CertificationApplication(kind, provinceId, resolvedParkId, kind == ApplicationKind.EcoEnterprise ? enterpriseId : null,
            applicantId, board, kind == ApplicationKind.EcoIndustrialPark ? committee : null, clock.GetUtcNow(), isDemo);
        await host.StartAsync(application, user.UserId.ToString(), cancellationToken);
        return application;
    }

    private Task<Guid?> FirstOfKindAsync(OrganisationKind kind, Guid provinceId, CancellationToken cancellationToken) =>
        db.Organisations.Where(o => o.Kind == kind && o.ProvinceId == provinceId).OrderBy(o => o.Name)
            .Select(o => (Guid?)o.Id).FirstOrDefaultAsync(cancellationToken);
}
