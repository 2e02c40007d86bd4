using System.Text.Json.Nodes;
using Certification.Web.Data;
using Certification.Web.Domain;
using Certification.Web.Domain.Applications;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Certificates;
using Certification.Workflows.Clocks;
using Certification.Workflows.Processes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Certification.Web.Infrastructure.Workflows;

/// <summary>
/// Opens a re-certification application (Decree 35 Art 45) for a certificate holder: a park developer for its park, an
/// enterprise for itself. It renews the subject's latest certificate (<see cref="RenewableCertificate"/>) and runs
/// <see cref="RecertificationProcess"/>, which has no consultation step. The new certificate replaces the old one on issue.
/// </summary>
public sealed class RecertificationOpening(CertificationDbContext db, WorkflowHost host, IOptions<WorkflowSettings> settings, TimeProvider clock)
{
    /// <returns>The new application, or null when the park or enterprise is not the user's.</returns>
    /// <exception cref="DomainException">No certificate to renew (none, revoked, not yet due), no Board (or, for a park, no
    /// People's Committee) in the province, or an application for the subject is already open.</exception>
    public async Task<CertificationApplication?> OpenAsync(AccessPolicy access, ApplicationKind kind, Guid? parkId, Guid? enterpriseId,
        bool isDemo, CancellationToken cancellationToken)
    {
        var user = access.User;
        var subject = kind == ApplicationKind.EcoIndustrialPark
            ? await db.Parks.Where(p => p.Id == parkId && p.InvestorOrganisationId == user.OrganisationId)
                .Select(p => new { ParkId = p.Id, p.ProvinceId, EnterpriseId = (Guid?)null }).SingleOrDefaultAsync(cancellationToken)
            : await db.Enterprises.Where(e => e.Id == enterpriseId && e.OrganisationId == user.OrganisationId)
                .Join(db.Parks, e => e.ParkId, p => p.Id, (e, p) => new { ParkId = p.Id, p.ProvinceId, EnterpriseId = (Guid?)e.Id })
                .SingleOrDefaultAsync(cancellationToken);
        if (subject is null)
            return null;
        var renewable = await RenewableCertificate.FindAsync(db, subject.ParkId, subject.EnterpriseId, VietnamTime.Today(clock),
            settings.Value.RecertificationOpensDaysBeforeExpiry, cancellationToken);
        if (renewable.Certificate is not { } certificate)
            throw new DomainException("Application.NothingToRenew", renewable.Refusal!);
        if (await db.Applications.AnyAsync(a => a.Kind == kind && a.ParkId == subject.ParkId && a.EnterpriseId == subject.EnterpriseId
                && !ApplicationStatus.Finished.Contains(a.Status), cancellationToken))
            throw new DomainException("Application.AlreadyOpen", "Đã có một hồ sơ đang xử lý cho đối tượng này.");
        var board = await FirstOfKindAsync(OrganisationKind.ManagementBoard, subject.ProvinceId, cancellationToken)
            ?? throw new DomainException("Application.NoBoard", "Tỉnh chưa có Ban quản lý các khu công nghiệp trong hệ thống.");
        var committee = kind == ApplicationKind.EcoIndustrialPark
            ? await FirstOfKindAsync(OrganisationKind.PeoplesCommittee, subject.ProvinceId, cancellationToken) : null;
        var application = new CertificationApplication(kind, subject.ProvinceId, subject.ParkId, subject.EnterpriseId, user.OrganisationId, board,
            committee, clock.GetUtcNow(), isDemo, certificate.Id);
        db.Applications.Add(application);
        var data = new JsonObject
        {
            [ProcessDataKeys.ApplicantOrganisation] = application.ApplicantOrganisationId.ToString(),
            [ProcessDataKeys.BoardOrganisation] = board.ToString(),
        };
        if (committee is { } committeeId)
            data[ProcessDataKeys.CommitteeOrganisation] = committeeId.ToString();
        var definition = kind == ApplicationKind.EcoIndustrialPark ? RecertificationProcess.ParkName : RecertificationProcess.EnterpriseName;
        application.LinkInstance(await host.StartInstanceAsync(definition, user.UserId.ToString(), data, application.Id, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return application;
    }

    private Task<Guid?> FirstOfKindAsync(OrganisationKind kind, Guid provinceId, CancellationToken cancellationToken) =>
        db.Organisations.Where(o => o.Kind == kind && o.ProvinceId == provinceId).OrderBy(o => o.Name)
            .Select(o => (Guid?)o.Id).FirstOrDefaultAsync(cancellationToken);
}
