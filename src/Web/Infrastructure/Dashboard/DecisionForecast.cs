using Certification.Workflows.Activities;
using Certification.Workflows.Clocks;
using Certification.Workflows.Definitions;
using Certification.Workflows.Runtime;
using Ids = Certification.Workflows.Processes.EcoIndustrialParkProcess.ActivityIds;
using ProcessClocks = Certification.Workflows.Processes.EcoIndustrialParkProcess.Clocks;

namespace Certification.Web.Infrastructure.Dashboard;

/// <summary>
/// The date by which the People's Committee's decision on a park dossier is due if every remaining step takes its full
/// statutory time (Decree 35 Art 41), counted in working days of the holiday table:
/// <list type="bullet">
/// <item>with the Committee: its step's due date;</item>
/// <item>routing, review or evaluation open: the Board's evaluation is due 40 working days after the complete dossier
/// (the dossier clock, extended by the days it stood still waiting on the applicant); if an open step is due later, the
/// evaluation cannot end before it; then the Committee's 10 working days;</item>
/// <item>submitted, not yet found complete (or returned to the applicant): as if found complete today: 40 + 10 working days.</item>
/// </list>
/// A date already past counts as today: an overdue step can only finish from today on. Step lengths come from the
/// process version the dossier runs on, so an administrator's change of clock settings is reflected.
/// </summary>
public static class DecisionForecast
{
    /// <returns>The expected decision date, or null while the dossier is a draft or the procedure has ended.</returns>
    public static DateOnly? ExpectedOn(WorkflowInstance instance, WorkflowDefinition definition, WorkingDayCalendar calendar, DateOnly today)
    {
        if (instance.Status is WorkflowStatus.Completed or WorkflowStatus.Cancelled)
            return null;
        var open = instance.Bookmarks.Where(b => b.Kind == BookmarkKind.HumanTask).ToList();
        var current = instance.CurrentActivityIds;
        var evaluationDays = WorkingDaysOf(definition, Ids.Evaluation);
        var committeeDays = WorkingDaysOf(definition, Ids.CommitteeDecision);

        if (open.FirstOrDefault(b => b.ActivityId == Ids.CommitteeDecision) is { } committee)
            return Later(DueOf(instance, committee, calendar, today) ?? calendar.AddWorkingDays(today, committeeDays), today);
        if (instance.FindClock(ProcessClocks.Dossier) is { } dossier
            && current.Overlaps([Ids.Route, Ids.Review, Ids.Supplement, Ids.Evaluation]))
        {
            var evaluationEnd = dossier.DueOn(calendar, evaluationDays, today);
            foreach (var step in open)
                if (DueOf(instance, step, calendar, today) is { } due && due > evaluationEnd)
                    evaluationEnd = due;
            return calendar.AddWorkingDays(Later(evaluationEnd, today), committeeDays);
        }
        if (current.Overlaps([Ids.CompletenessCheck, Ids.Resubmit]))
            return calendar.AddWorkingDays(calendar.AddWorkingDays(today, evaluationDays), committeeDays);
        return null;
    }

    private static DateOnly? DueOf(WorkflowInstance instance, Bookmark step, WorkingDayCalendar calendar, DateOnly today) =>
        instance.DeadlineOf(step, calendar, today)?.DueOn;

    private static DateOnly Later(DateOnly date, DateOnly today) => date < today ? today : date;

    private static int WorkingDaysOf(WorkflowDefinition definition, string activityId) =>
        (definition.FindActivity(activityId) as HumanTask)?.Due?.WorkingDays
        ?? throw new InvalidOperationException($"{definition.Name} v{definition.Version} has no deadline on '{activityId}'.");
}
