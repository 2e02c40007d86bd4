using Certification.Workflows.Clocks;

namespace Certification.Web.Infrastructure.Reminders;

/// <summary>Turns a task's due date and its ladder into dated steps, counting Vietnamese working days.</summary>
public static class ReminderLadder
{
    public sealed record DatedStep(ReminderStep Step, DateOnly On, DateTimeOffset SendAt);

    /// <summary>
    /// The steps of <paramref name="ladder"/> for a task due on <paramref name="dueOn"/> (inclusive last on-time day),
    /// each sent at <paramref name="sendAtHour"/> Viet Nam time on its day. Steps whose day is before
    /// <paramref name="today"/> are left out: a reminder for a day that has passed helps nobody.
    /// </summary>
    public static IReadOnlyList<DatedStep> Plan(TaskTypeLadder ladder, DateOnly dueOn, WorkingDayCalendar calendar, DateOnly today, int sendAtHour) =>
        ladder.Steps
            .Select(step => (step, on: Shift(calendar, dueOn, step.WorkingDays)))
            .Where(s => s.on >= today)
            .Select(s => new DatedStep(s.step, s.on, VietnamTime.StartOf(s.on).AddHours(sendAtHour)))
            .OrderBy(s => s.On)
            .ToList();

    /// <summary>
    /// The working day <paramref name="workingDays"/> working days after (positive) or before (negative)
    /// <paramref name="date"/>, with the calendar's convention (the start day is not counted). Zero is the date itself.
    /// </summary>
    public static DateOnly Shift(WorkingDayCalendar calendar, DateOnly date, int workingDays)
    {
        if (workingDays >= 0)
            return calendar.AddWorkingDays(date, workingDays);
        var result = date;
        for (var remaining = -workingDays; remaining > 0;)
        {
            result = result.AddDays(-1);
            if (calendar.IsWorkingDay(result))
                remaining--;
        }
        return result;
    }
}
