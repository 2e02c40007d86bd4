using Certification.Web.Data;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Workflows;
using Certification.Workflows.Clocks;
using Certification.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Certification.Web.Infrastructure.Reminders;

/// <summary>
/// Connects workflow task rows to their reminders. Called by <see cref="WorkflowHost"/> after it has rewritten an
/// instance's task rows and before its one save: a human task row added with a due date gets its ladder queued; a row
/// removed (the task was completed, cancelled or withdrawn) gets its pending reminders cancelled; a row whose due date
/// moved (a paused clock) gets the old ladder cancelled and a new one queued. So a task approved today sends no
/// reminder tomorrow, and the approval and the cancellation commit or roll back together.
/// </summary>
public sealed class WorkflowTaskReminders(CertificationDbContext db, TaskReminders reminders, HolidayCalendar holidays,
    IOptionsMonitor<ReminderOptions> options)
{
    public async Task SyncTrackedTasksAsync(CancellationToken cancellationToken)
    {
        var changed = db.ChangeTracker.Entries<WorkflowTask>()
            .Where(e => e.Entity.Kind == BookmarkKind.HumanTask)
            .Select(e => (Task: e.Entity, e.State, DueMoved: e.State == EntityState.Modified && e.Property(t => t.DueOn).IsModified
                && e.Property(t => t.DueOn).OriginalValue != e.Entity.DueOn))
            .Where(c => c.State is EntityState.Added or EntityState.Deleted || c.DueMoved)
            .ToList();
        if (changed.Count == 0)
            return;
        var opened = new List<ReminderTask>();
        foreach (var (task, state, _) in changed)
        {
            if (state != EntityState.Added)
                await reminders.CancelAsync(task.Id, cancellationToken);
            if (state != EntityState.Deleted && task.DueOn is not null && await ReminderTaskAsync(task, cancellationToken) is { } reminderTask)
                opened.Add(reminderTask with { JustOpened = state == EntityState.Added });
        }
        if (opened.Count > 0)
            await reminders.ScheduleAllAsync(opened, await holidays.GetAsync(db, cancellationToken), cancellationToken);
    }

    // The application a step's tasks belong to, read once per step however many tasks it opens.
    private readonly Dictionary<Guid, ApplicationSubject?> _applications = [];

    private async Task<ReminderTask?> ReminderTaskAsync(WorkflowTask task, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(task.OrganisationId, out var organisationId) || task.RoleCode is not { } role)
            return null;
        var application = task.ApplicationId is { } applicationId ? await ApplicationAsync(applicationId, cancellationToken) : null;
        var settings = options.CurrentValue;
        string Link(string pattern) => pattern
            .Replace("{applicationId}", application?.Id.ToString() ?? "", StringComparison.Ordinal)
            .Replace("{taskId}", task.Id.ToString(), StringComparison.Ordinal);
        return new ReminderTask(task.Id, task.ActivityId, task.DueOn!.Value, application?.Subject ?? task.ActivityId,
            Link(settings.TaskLinkPattern), Link(settings.ApplicationLinkPattern), organisationId, AccessPolicy.WebRolesFor(role),
            application?.ApplicantOrganisationId, application?.BoardOrganisationId);
    }

    private async Task<ApplicationSubject?> ApplicationAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        if (_applications.TryGetValue(applicationId, out var known))
            return known;
        return _applications[applicationId] = await db.Applications.AsNoTracking().Where(a => a.Id == applicationId)
            .Select(a => new ApplicationSubject(a.Id, a.ApplicantOrganisationId, a.BoardOrganisationId,
                a.EnterpriseId != null
                    ? db.Enterprises.Where(e => e.Id == a.EnterpriseId).Select(e => e.Name).FirstOrDefault()
                    : db.Parks.Where(p => p.Id == a.ParkId).Select(p => p.Name).FirstOrDefault()))
            .SingleOrDefaultAsync(cancellationToken);
    }

    private sealed record ApplicationSubject(Guid Id, Guid ApplicantOrganisationId, Guid BoardOrganisationId, string? Subject);
}
