using Certification.Web.Data;
using Certification.Web.Domain.Applications;
using Certification.Web.Infrastructure.Workflows;
using Certification.Workflows.Activities;
using Certification.Workflows.Clocks;
using Certification.Workflows.Definitions;
using Certification.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure.Dashboard;

/// <summary>
/// How each reviewing body handles what the province's Board routes to it (park reviews and department comments): one
/// item per routed indicator (or consulted department) of the province's applications. Working days are counted on the
/// item's own clock, from routing (not counted) to the decision, minus the working days it stood still waiting on the
/// applicant; an item is on time when decided on or before its due date.
/// </summary>
internal static class ReviewPerformance
{
    public static async Task<IReadOnlyList<ReviewBodyFigures>> ReadAsync(CertificationDbContext db, Guid provinceId,
        WorkflowDefinitionRegistry registry, WorkingDayCalendar calendar, DateOnly today, CancellationToken ct)
    {
        var applications = await db.Applications.AsNoTracking().Include(a => a.Routes)
            .Where(a => a.ProvinceId == provinceId && a.Routes.Any()).ToListAsync(ct);
        var instanceIds = applications.Select(a => a.WorkflowInstanceId).OfType<Guid>().ToList();
        var instances = await db.WorkflowInstances.AsNoTracking().Where(i => instanceIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        var items = new List<(Guid Body, ReviewItem Item)>();
        foreach (var application in applications)
        {
            if (application.WorkflowInstanceId is not { } id || !instances.TryGetValue(id, out var instance))
                continue;
            var activityId = ReviewActivityOf(application.Kind);
            var due = (registry.Get(instance.DefinitionName, instance.DefinitionVersion).FindActivity(activityId) as HumanTask)?.Due;
            foreach (var route in application.Routes)
                if (due is not null && Measure(instance, activityId, due, route, calendar, today) is { } item)
                    items.Add((route.ReviewingBodyId, item));
        }
        var bodyIds = items.Select(i => i.Body).Distinct().ToList();
        var bodies = await db.Organisations.AsNoTracking().Where(o => bodyIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        return items.GroupBy(i => i.Body)
            .Select(g => ReviewBodyFigures.Of(g.Key, bodies.GetValueOrDefault(g.Key)?.Name ?? "", bodies.GetValueOrDefault(g.Key)?.ReviewingBodyCode,
                g.Select(i => i.Item).ToList()))
            .OrderBy(f => f.BodyName, StringComparer.Ordinal).ToList();
    }

    public static string ReviewActivityOf(ApplicationKind kind) => kind switch
    {
        ApplicationKind.EcoIndustrialPark => Certification.Workflows.Processes.EcoIndustrialParkProcess.ActivityIds.Review,
        _ => Certification.Workflows.Processes.EcoEnterpriseProcess.ActivityIds.Comment,
    };

    /// <returns>The item's state, or null when its clock never started or the procedure ended without its decision.</returns>
    private static ReviewItem? Measure(WorkflowInstance instance, string activityId, DueRule due, IndicatorRoute route,
        WorkingDayCalendar calendar, DateOnly today)
    {
        if (instance.FindClock(due.Clock.KeyFor(route.IndicatorCode)) is not { } clock)
            return null;
        if (route.DecidedAt is { } decidedAt)
        {
            var decidedOn = VietnamTime.DateOf(decidedAt);
            var days = calendar.WorkingDaysBetween(clock.StartedOn, decidedOn) - clock.PausedWorkingDays(calendar, decidedOn);
            return new ReviewItem(true, decidedOn <= clock.DueOn(calendar, due.WorkingDays, decidedOn), days, false, 0);
        }
        if (instance.Status is WorkflowStatus.Completed or WorkflowStatus.Cancelled)
            return null;
        var step = instance.Bookmarks.FirstOrDefault(b => b.ActivityId == activityId && b.ItemKey == route.IndicatorCode);
        var deadline = step is null ? null : instance.DeadlineOf(step, calendar, today);
        var overdue = deadline is { Status: DeadlineStatus.Overdue };
        return new ReviewItem(false, false, 0, overdue, overdue ? deadline!.WorkingDaysOverdue : 0);
    }
}

/// <summary>One routed item: decided (on time or late, after so many working days) or open (overdue or not; while its clock is
/// paused for a supplement it is never overdue).</summary>
internal sealed record ReviewItem(bool Decided, bool OnTime, int WorkingDays, bool Overdue, int WorkingDaysOverdue);
