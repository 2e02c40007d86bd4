using Certification.Web.Domain.Applications;
using Certification.Web.Domain.Enterprises;
using Certification.Web.Domain.Evidence;
using Certification.Web.Domain.Organisations;
using Certification.Web.Domain.Parks;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Infrastructure.Workflows;
using Certification.Workflows.Activities;
using Certification.Workflows.Processes;
using Certification.Workflows.Runtime;

namespace Certification.Web.Infrastructure.Access;

/// <summary>
/// THE place that says who may see and change which resource. Pages and endpoints filter every query
/// through it, so a resource outside the user's reach is simply not found (404), never shown.
/// Rules:
/// - Park developer: parks whose investor is its organisation, and their enterprises.
/// - Enterprise: its own enterprise record(s); the park it sits in, read-only.
/// - Reviewer: only what is routed to its body (nothing of parks or enterprises directly).
/// - Board and Committee: everything in their province, read-only for master data; the province dashboard.
/// - Administrator: everything in their province, may change master data; manages the people and organisations
///   of their province and of the national reviewing bodies (ministries, which have no province).
/// - Certification applications: the applicant organisation sees its own; Board, Committee and Administrator their
///   province's; a reviewing body those with an indicator routed to it. A task may be completed by the users whose
///   role and organisation make up its candidate group (<see cref="ProcessRolesOf"/>).
/// If you add a resource, add its Visible/Editable pair here and a row to CrossOrganisationAccessTests.
/// </summary>
public sealed class AccessPolicy(CurrentUser user)
{
    public CurrentUser User => user;

    private bool SeesWholeProvince => user.IsIn(Roles.Board) || user.IsIn(Roles.Committee) || user.IsIn(Roles.Administrator);

    public IQueryable<Park> VisibleParks(IQueryable<Park> parks, IQueryable<Enterprise> enterprises)
    {
        if (SeesWholeProvince)
            return parks.Where(p => p.ProvinceId == user.ProvinceId);
        if (user.IsIn(Roles.ParkDeveloper))
            return parks.Where(p => p.InvestorOrganisationId == user.OrganisationId);
        if (user.IsIn(Roles.Enterprise))
            return parks.Where(p => enterprises.Any(e => e.ParkId == p.Id && e.OrganisationId == user.OrganisationId));
        return parks.Where(_ => false);
    }

    public IQueryable<Park> EditableParks(IQueryable<Park> parks)
    {
        if (user.IsIn(Roles.Administrator))
            return parks.Where(p => p.ProvinceId == user.ProvinceId);
        if (user.IsIn(Roles.ParkDeveloper))
            return parks.Where(p => p.InvestorOrganisationId == user.OrganisationId);
        return parks.Where(_ => false);
    }

    public bool CanCreateParks => user.IsIn(Roles.ParkDeveloper) || user.IsIn(Roles.Administrator);

    public IQueryable<Enterprise> VisibleEnterprises(IQueryable<Enterprise> enterprises, IQueryable<Park> parks)
    {
        if (SeesWholeProvince)
            return enterprises.Where(e => parks.Any(p => p.Id == e.ParkId && p.ProvinceId == user.ProvinceId));
        return EditableEnterprises(enterprises, parks);
    }

    public IQueryable<Enterprise> EditableEnterprises(IQueryable<Enterprise> enterprises, IQueryable<Park> parks)
    {
        if (user.IsIn(Roles.Administrator))
            return enterprises.Where(e => parks.Any(p => p.Id == e.ParkId && p.ProvinceId == user.ProvinceId));
        if (user.IsIn(Roles.ParkDeveloper))
            return enterprises.Where(e => parks.Any(p => p.Id == e.ParkId && p.InvestorOrganisationId == user.OrganisationId));
        if (user.IsIn(Roles.Enterprise))
            return enterprises.Where(e => e.OrganisationId == user.OrganisationId);
        return enterprises.Where(_ => false);
    }

    /// <summary>Parks a new enterprise may be added to: a developer's own parks, an administrator's province.</summary>
    public IQueryable<Park> ParksAcceptingEnterprises(IQueryable<Park> parks) => EditableParks(parks);

    /// <summary>
    /// Evidence files the user may open: their organisation's own; in the province for Board, Committee and Administrator;
    /// for a reviewing body also the dossier files of applications with an indicator routed to it.
    /// </summary>
    public IQueryable<EvidenceFile> VisibleEvidence(IQueryable<EvidenceFile> files, IQueryable<Organisation> organisations,
        IQueryable<CertificationApplication> applications)
    {
        if (SeesWholeProvince)
            return files.Where(f => f.OwnerOrganisationId == user.OrganisationId
                || organisations.Any(o => o.Id == f.OwnerOrganisationId && o.ProvinceId == user.ProvinceId));
        if (user.IsIn(Roles.Reviewer))
            return files.Where(f => f.OwnerOrganisationId == user.OrganisationId
                || applications.Any(a => a.Routes.Any(r => r.ReviewingBodyId == user.OrganisationId) && a.Documents.Any(d => d.EvidenceFileId == f.Id)));
        return files.Where(f => f.OwnerOrganisationId == user.OrganisationId);
    }

    /// <summary>Organisations whose users and details an administrator may manage; none for other roles.</summary>
    public IQueryable<Organisation> ManageableOrganisations(IQueryable<Organisation> organisations)
    {
        if (!user.IsIn(Roles.Administrator))
            return organisations.Where(_ => false);
        return organisations.Where(o => o.ProvinceId == user.ProvinceId
            || (o.Kind == OrganisationKind.ReviewingBody && o.ProvinceId == null));
    }

    /// <summary>
    /// Outbox messages an administrator may see and resend: those to users of an organisation of its own province.
    /// Mail to national bodies' users or to bare addresses is delivered and counted by the job, never shown here.
    /// </summary>
    public IQueryable<Domain.Mail.OutboxMessage> VisibleOutboxMessages(IQueryable<Domain.Mail.OutboxMessage> messages,
        IQueryable<AppUser> users, IQueryable<Organisation> organisations)
    {
        if (!user.IsIn(Roles.Administrator))
            return messages.Where(_ => false);
        return messages.Where(m => users.Any(u => u.Id == m.RecipientUserId
            && organisations.Any(o => o.Id == u.OrganisationId && o.ProvinceId == user.ProvinceId)));
    }

    /// <summary>
    /// Audit rows an administrator may read: those whose actor is a user of an organisation of its own province.
    /// Rows carry no province, and national bodies and system actors act across provinces, so their rows are only
    /// counted (the chain check stays global), never shown.
    /// </summary>
    public IQueryable<Domain.Audit.AuditEntry> VisibleAuditEntries(IQueryable<Domain.Audit.AuditEntry> entries,
        IQueryable<AppUser> users, IQueryable<Organisation> organisations)
    {
        if (!user.IsIn(Roles.Administrator))
            return entries.Where(_ => false);
        return entries.Where(e => users.Any(u => u.Id == e.ActorUserId
            && organisations.Any(o => o.Id == u.OrganisationId && o.ProvinceId == user.ProvinceId)));
    }

    /// <summary>
    /// Parks whose self-assessment (answers, every enterprise's facts, symbiosis registry, evaluation) may be read: the
    /// developer's own parks; Board, Committee and Administrator of the park's province. Not enterprises (the assessment
    /// shows other tenants' facts). Reviewers see assessments only through dossiers routed to them (workflows).
    /// </summary>
    public IQueryable<Park> AssessableParks(IQueryable<Park> parks)
    {
        if (SeesWholeProvince)
            return parks.Where(p => p.ProvinceId == user.ProvinceId);
        if (user.IsIn(Roles.ParkDeveloper))
            return parks.Where(p => p.InvestorOrganisationId == user.OrganisationId);
        return parks.Where(_ => false);
    }

    /// <summary>
    /// Parks on the Board's list of newly established parks and their 8-year deadlines (Decree 35 Art 38): the province's
    /// parks for Board, Committee and Administrator; nobody else has the list (a developer sees its own park's progress on
    /// the park page, through <see cref="AssessableParks"/>).
    /// </summary>
    public IQueryable<Park> NewParksOnWatch(IQueryable<Park> parks) =>
        SeesWholeProvince ? parks.Where(p => p.ProvinceId == user.ProvinceId && p.Establishment == ParkEstablishment.NewlyEstablished)
            : parks.Where(_ => false);

    public bool CanWatchNewParks => SeesWholeProvince;

    /// <summary>Parks whose answers and symbiosis registry may be changed: only the park developer's own parks.</summary>
    public IQueryable<Park> ParksWithEditableAssessment(IQueryable<Park> parks) =>
        user.IsIn(Roles.ParkDeveloper) ? parks.Where(p => p.InvestorOrganisationId == user.OrganisationId) : parks.Where(_ => false);

    /// <summary>Enterprises whose yearly facts may be read: as <see cref="VisibleEnterprises"/>.</summary>
    public IQueryable<Enterprise> EnterprisesWithVisibleFacts(IQueryable<Enterprise> enterprises, IQueryable<Park> parks) =>
        VisibleEnterprises(enterprises, parks);

    /// <summary>Enterprises whose yearly facts may be changed: the enterprise's own users and the developer of its park.</summary>
    public IQueryable<Enterprise> EnterprisesWithEditableFacts(IQueryable<Enterprise> enterprises, IQueryable<Park> parks)
    {
        if (user.IsIn(Roles.ParkDeveloper))
            return enterprises.Where(e => parks.Any(p => p.Id == e.ParkId && p.InvestorOrganisationId == user.OrganisationId));
        if (user.IsIn(Roles.Enterprise))
            return enterprises.Where(e => e.OrganisationId == user.OrganisationId);
        return enterprises.Where(_ => false);
    }

    /// <summary>
    /// The province whose dashboard (targets, pipeline, province indicators, review performance, exports) the user may
    /// read: Board, Committee and Administrator their own province's; everybody else none (null).
    /// </summary>
    public Guid? DashboardProvinceId => SeesWholeProvince ? user.ProvinceId : null;

    /// <summary>Only administrators upload and publish indicator-set versions; everyone signed in reads the catalogue.</summary>
    public bool CanManageIndicatorSets => user.IsIn(Roles.Administrator);

    public IQueryable<EvidenceFile> DeletableEvidence(IQueryable<EvidenceFile> files) =>
        files.Where(f => f.OwnerOrganisationId == user.OrganisationId && f.LockedAt == null);

    public IQueryable<CertificationApplication> VisibleApplications(IQueryable<CertificationApplication> applications)
    {
        if (SeesWholeProvince)
            return applications.Where(a => a.ProvinceId == user.ProvinceId);
        if (user.IsIn(Roles.ParkDeveloper) || user.IsIn(Roles.Enterprise))
            return applications.Where(a => a.ApplicantOrganisationId == user.OrganisationId);
        if (user.IsIn(Roles.Reviewer))
            return applications.Where(a => a.Routes.Any(r => r.ReviewingBodyId == user.OrganisationId));
        return applications.Where(_ => false);
    }

    /// <summary>Applications whose failed steps this user may retry: an administrator's province.</summary>
    public IQueryable<CertificationApplication> ApplicationsWithIncidentsToRetry(IQueryable<CertificationApplication> applications) =>
        user.IsIn(Roles.Administrator) ? applications.Where(a => a.ProvinceId == user.ProvinceId) : applications.Where(_ => false);

    /// <summary>
    /// Yearly reports (Art 43) that may be read: Board, Committee and Administrator of the park's province; the park
    /// developer its parks' reports and the reports of their enterprises (eco-enterprises report to the investor too);
    /// an enterprise its own.
    /// </summary>
    public IQueryable<Domain.Monitoring.AnnualReport> VisibleAnnualReports(IQueryable<Domain.Monitoring.AnnualReport> reports,
        IQueryable<Park> parks, IQueryable<Enterprise> enterprises)
    {
        if (SeesWholeProvince)
            return reports.Where(r => parks.Any(p => p.Id == r.ParkId && p.ProvinceId == user.ProvinceId));
        if (user.IsIn(Roles.ParkDeveloper))
            return reports.Where(r => parks.Any(p => p.Id == r.ParkId && p.InvestorOrganisationId == user.OrganisationId));
        if (user.IsIn(Roles.Enterprise))
            return reports.Where(r => enterprises.Any(e => e.Id == r.EnterpriseId && e.OrganisationId == user.OrganisationId));
        return reports.Where(_ => false);
    }

    /// <summary>Parks whose yearly report the user files: the developer's own.</summary>
    public IQueryable<Park> ParksFilingReports(IQueryable<Park> parks) => ParksWithEditableAssessment(parks);

    /// <summary>Enterprises whose yearly report the user files: the enterprise's own users only (the report is its declaration).</summary>
    public IQueryable<Enterprise> EnterprisesFilingReports(IQueryable<Enterprise> enterprises) =>
        user.IsIn(Roles.Enterprise) ? enterprises.Where(e => e.OrganisationId == user.OrganisationId) : enterprises.Where(_ => false);

    /// <summary>True when the user files <paramref name="report"/>: the developer for a park report, the enterprise for its own.</summary>
    public bool FilesReport(Domain.Monitoring.AnnualReport report, Park park, Enterprise? enterprise) =>
        report.Subject == Domain.Monitoring.ReportSubject.Park
            ? user.IsIn(Roles.ParkDeveloper) && park.InvestorOrganisationId == user.OrganisationId
            : user.IsIn(Roles.Enterprise) && enterprise?.OrganisationId == user.OrganisationId;

    /// <summary>The Board reviews yearly reports, keeps the watch list and sends notices, for its own province.</summary>
    public bool MonitorsProvince(Guid provinceId) => user.IsIn(Roles.Board) && user.ProvinceId == provinceId;

    /// <summary>
    /// Watch-list entries that may be read: Board, Committee and Administrator of the province; the holder's own (the park
    /// developer for its parks and their enterprises, an enterprise for itself).
    /// </summary>
    public IQueryable<Domain.Monitoring.WatchEntry> VisibleWatchEntries(IQueryable<Domain.Monitoring.WatchEntry> entries,
        IQueryable<Park> parks, IQueryable<Enterprise> enterprises)
    {
        if (SeesWholeProvince)
            return entries.Where(e => e.ProvinceId == user.ProvinceId);
        if (user.IsIn(Roles.ParkDeveloper))
            return entries.Where(e => parks.Any(p => p.Id == e.ParkId && p.InvestorOrganisationId == user.OrganisationId));
        if (user.IsIn(Roles.Enterprise))
            return entries.Where(e => enterprises.Any(x => x.Id == e.EnterpriseId && x.OrganisationId == user.OrganisationId));
        return entries.Where(_ => false);
    }

    /// <summary>Who decides on revocation (Art 44): the People's Committee for a park, the Board for an enterprise, of the province.</summary>
    public bool DecidesRevocation(Domain.Monitoring.WatchEntry entry) => user.ProvinceId == entry.ProvinceId
        && user.IsIn(entry.Subject == Domain.Monitoring.ReportSubject.Park ? Roles.Committee : Roles.Board);

    /// <summary>The process role codes (<see cref="ProcessRoles"/>) the user's web roles stand for.</summary>
    public static IReadOnlyList<string> ProcessRolesOf(CurrentUser user)
    {
        var codes = new List<string>();
        if (user.IsIn(Roles.ParkDeveloper) || user.IsIn(Roles.Enterprise))
            codes.Add(ProcessRoles.Applicant);
        if (user.IsIn(Roles.Board))
            codes.Add(ProcessRoles.BoardOfficer);
        if (user.IsIn(Roles.Reviewer))
            codes.Add(ProcessRoles.Reviewer);
        if (user.IsIn(Roles.Committee))
            codes.Add(ProcessRoles.CommitteeLeader);
        return codes;
    }

    /// <summary>The web roles that stand for a process role code: the inverse of <see cref="ProcessRolesOf"/>.</summary>
    public static IReadOnlyList<string> WebRolesFor(string processRole) => processRole switch
    {
        ProcessRoles.Applicant => [Roles.ParkDeveloper, Roles.Enterprise],
        ProcessRoles.BoardOfficer => [Roles.Board],
        ProcessRoles.Reviewer => [Roles.Reviewer],
        ProcessRoles.CommitteeLeader => [Roles.Committee],
        _ => [],
    };

    /// <summary>True when the user is in the task's candidate group: a matching role in the group's organisation.</summary>
    public bool CanComplete(CandidateGroup group) =>
        group.OrganisationId == user.OrganisationId.ToString() && ProcessRolesOf(user).Contains(group.RoleCode);

    /// <summary>The open human tasks of the user's candidate groups: the inbox.</summary>
    public IQueryable<WorkflowTask> InboxTasks(IQueryable<WorkflowTask> tasks)
    {
        var organisation = user.OrganisationId.ToString();
        var roles = ProcessRolesOf(user);
        return tasks.Where(t => t.Kind == BookmarkKind.HumanTask && t.OrganisationId == organisation && roles.Contains(t.RoleCode!));
    }
}
