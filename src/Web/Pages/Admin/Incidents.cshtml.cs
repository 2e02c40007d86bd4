using Certification.Web.Data;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Infrastructure.Workflows;
using Certification.Web.Resources;
using Certification.Workflows.Runtime;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Certification.Web.Pages.Admin;

/// <summary>
/// Steps that failed (an automatic step such as issuing the certificate number threw) in the administrator's province:
/// the application waits, faulted, until the administrator has fixed the cause and retries the step here.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class IncidentsModel(CertificationDbContext db, AccessPolicy access, WorkflowHost host, IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<Row> Incidents { get; private set; } = [];

    public sealed record Row(Guid ApplicationId, string Park, Guid IncidentId, string ActivityId, string Message, DateTimeOffset OccurredAt, bool IsDemo);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostRetryAsync(Guid applicationId, Guid incidentId, CancellationToken cancellationToken)
    {
        var result = await host.RetryIncidentAsync(access, applicationId, incidentId, cancellationToken);
        if (result.Refusal == TaskRefusal.NotFound)
            return NotFound();
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", l[result.Message, result.Arguments]);
            await LoadAsync(cancellationToken);
            return Page();
        }
        return Redirect("/Admin/Incidents");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var faulted = await (
                from a in access.ApplicationsWithIncidentsToRetry(db.Applications)
                join i in db.WorkflowInstances on a.WorkflowInstanceId equals i.Id
                join p in db.Parks on a.ParkId equals p.Id
                where i.Status == WorkflowStatus.Faulted
                select new { ApplicationId = a.Id, Park = p.Name, a.IsDemo, Instance = i })
            .AsNoTracking().ToListAsync(cancellationToken);
        Incidents = faulted.SelectMany(f => f.Instance.Incidents.Where(i => i.IsOpen)
                .Select(i => new Row(f.ApplicationId, f.Park, i.Id, i.ActivityId, i.Message, i.OccurredAt, f.IsDemo)))
            .OrderBy(r => r.OccurredAt).ToList();
    }

    /// <summary>Razor Pages would render this page without data for a verb it has no handler for.</summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null)
            context.Result = NotFound();
    }
}
