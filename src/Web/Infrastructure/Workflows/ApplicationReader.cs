using Certification.Web.Data;
using Certification.Web.Infrastructure.Access;
using Certification.Workflows.Clocks;
using Certification.Workflows.Processes;
using Certification.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure.Workflows;

/// <summary>Reads one application the user may see, with its instance, into an <see cref="ApplicationView"/>.</summary>
public sealed class ApplicationReader(CertificationDbContext db, WorkflowHost host, TimeProvider clock)
{
    /// <returns>The view, or null when the application does not exist or is outside the user's reach.</returns>
    public async Task<ApplicationView?> ReadAsync(AccessPolicy access, Guid applicationId, CancellationToken cancellationToken)
    {
        var application = await access.VisibleApplications(db.Applications).AsNoTracking().Include(a => a.Documents).Include(a => a.Routes)
            .SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application?.WorkflowInstanceId is not { } instanceId)
            return null;
        var instance = await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == instanceId, cancellationToken);
        var calendar = await host.CalendarAsync(cancellationToken);
        var today = VietnamTime.Today(clock);
        var park = await db.Parks.Where(p => p.Id == application.ParkId).Select(p => p.Name).SingleAsync(cancellationToken);

        var organisationIds = instance.Bookmarks.Select(b => b.CandidateGroup?.OrganisationId).Append(application.ApplicantOrganisationId.ToString())
            .Concat(application.Routes.Select(r => r.ReviewingBodyId.ToString()))
            .Select(id => Guid.TryParse(id, out var g) ? g : Guid.Empty).Distinct().ToList();
        var organisations = await db.Organisations.Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id.ToString(), o => o.Name, cancellationToken);
        var actorIds = instance.Journal.Select(j => Guid.TryParse(j.Actor, out var g) ? g : Guid.Empty).Distinct().ToList();
        var actors = await db.Users.Where(u => actorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id.ToString(), u => u.DisplayName, cancellationToken);
        var fileIds = application.Documents.Select(d => d.EvidenceFileId).ToList();
        var files = await db.EvidenceFiles.Where(f => fileIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);

        var steps = instance.Bookmarks.Where(b => b.Kind == BookmarkKind.HumanTask)
            .OrderBy(b => b.DueOn ?? DateOnly.MaxValue).ThenBy(b => b.ItemKey)
            .Select(b => new StepView(b.Id, b.ActivityId, b.Kind.ToString(), b.ItemKey, b.CandidateGroup?.RoleCode, b.CandidateGroup?.OrganisationId,
                organisations.GetValueOrDefault(b.CandidateGroup?.OrganisationId ?? ""), DeadlineView.From(instance.DeadlineOf(b, calendar, today)),
                b.AllowedOutcomes, b.CandidateGroup is { } group && access.CanComplete(group), b.FormKey))
            .ToList();
        var journal = instance.Journal.Select(j => new JournalView(j.Sequence, j.At, j.Kind.ToString(), j.ActivityId, j.ItemKey,
            actors.GetValueOrDefault(j.Actor) ?? j.Actor, j.Outcome, j.DataSummary)).ToList();
        var incidents = instance.Incidents.Select(i => new IncidentView(i.Id, i.ActivityId, i.Message, i.OccurredAt, i.IsOpen, i.ResolvedBy)).ToList();
        var documents = application.Documents.Where(d => files.ContainsKey(d.EvidenceFileId)).Select(d => new DocumentView(d.Id, d.Kind.ToString(),
            d.EvidenceFileId, files[d.EvidenceFileId].OriginalName, files[d.EvidenceFileId].ContentType, d.IndicatorCode)).ToList();
        var routes = application.Routes.OrderBy(r => r.IndicatorCode).Select(r => new RouteView(r.IndicatorCode, r.ReviewingBodyId,
            organisations.GetValueOrDefault(r.ReviewingBodyId.ToString()) ?? "", r.Decision, r.Comment, r.DecidedAt)).ToList();
        var requests = new Dictionary<string, string?>
        {
            [ProcessDataKeys.MissingItems] = StepEffects.Text(instance.Data, ProcessDataKeys.MissingItems),
            [ProcessDataKeys.SupplementRequest] = StepEffects.Text(instance.Data, ProcessDataKeys.SupplementRequest),
        };

        return new ApplicationView(application.Id, application.Kind.ToString(), application.Status, application.ProvinceId, application.ParkId, park,
            application.EnterpriseId, application.ApplicantOrganisationId, organisations.GetValueOrDefault(application.ApplicantOrganisationId.ToString()) ?? "",
            application.CreatedAt, application.SubmittedAt, application.DossierCompleteOn, application.MissingItems, application.DecidedAt,
            application.RefusalReasons, application.CertificateNumber, application.CertificateIssuedOn, application.CriteriaSetId,
            application.CriteriaSetVersion, application.IsDemo, instance.Id, instance.DefinitionName, instance.DefinitionVersion,
            instance.Status.ToString(), steps, journal, incidents, documents, routes, requests, application.RenewsCertificateId);
    }
}
