using Certification.Web.Data;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Workflows;
using Certification.Workflows.Clocks;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Pages.Tasks;

/// <summary>
/// The steps waiting for the user's organisation in the user's role (its candidate groups), earliest due date first,
/// overdue ones marked. Reads the WorkflowTasks rows (indexed by group and due date); the live deadline comes from the
/// instance so a clock paused for a supplement shows its moved date.
/// </summary>
public sealed class InboxModel(CertificationDbContext db, AccessPolicy access, WorkflowHost host, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Row> Tasks { get; private set; } = [];

    public sealed record Row(Guid TaskId, Guid ApplicationId, string Park, string ActivityId, string? ItemKey, DeadlineView? Deadline, bool IsDemo);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var tasks = await (
                from t in access.InboxTasks(db.WorkflowTasks)
                join a in db.Applications on t.ApplicationId equals a.Id
                join p in db.Parks on a.ParkId equals p.Id
                orderby t.DueOn == null, t.DueOn, t.CreatedAt
                select new { t.Id, t.InstanceId, ApplicationId = a.Id, Park = p.Name, t.ActivityId, t.ItemKey, a.IsDemo })
            .Take(500).ToListAsync(cancellationToken);
        var instanceIds = tasks.Select(t => t.InstanceId).Distinct().ToList();
        var instances = await db.WorkflowInstances.AsNoTracking().Where(i => instanceIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var calendar = await host.CalendarAsync(cancellationToken);
        var today = VietnamTime.Today(clock);
        Tasks = tasks.Select(t =>
            {
                var instance = instances[t.InstanceId];
                var bookmark = instance.FindBookmark(t.Id);
                var deadline = bookmark is null ? null : DeadlineView.From(instance.DeadlineOf(bookmark, calendar, today));
                return new Row(t.Id, t.ApplicationId, t.Park, t.ActivityId, t.ItemKey, deadline, t.IsDemo);
            })
            .OrderBy(r => r.Deadline?.DueOn ?? DateOnly.MaxValue).ToList();
    }

    /// <summary>Razor Pages would render this page without data for a verb it has no handler for.</summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null)
            context.Result = NotFound();
    }
}
