namespace Certification.Workflows.Clocks;

/// <summary>
/// A due date as the web displays it: the date, a status, and the working-day counts behind
/// "n working days left" or "overdue by n working days".
/// </summary>
/// <param name="DueOn">The last day (inclusive) on which the step is on time.</param>
/// <param name="Status">Today compared with <paramref name="DueOn"/>.</param>
/// <param name="WorkingDaysLeft">Working days in (today, due]; 0 when due today or overdue.</param>
/// <param name="WorkingDaysOverdue">
/// Working days in (due, today] when overdue, else 0. It can be 0 while <see cref="DeadlineStatus.Overdue"/>
/// when today is a weekend or holiday right after the due date.
/// </param>
/// <param name="IsPaused">
/// True while the clock is paused (waiting on the applicant): <paramref name="DueOn"/> is then a
/// projection that moves one working day later for every working day the pause lasts.
/// </param>
public sealed record Deadline(
    DateOnly DueOn, DeadlineStatus Status, int WorkingDaysLeft, int WorkingDaysOverdue, bool IsPaused)
{
    /// <summary>Compares <paramref name="today"/> with <paramref name="dueOn"/> in working days.</summary>
    public static Deadline Evaluate(WorkingDayCalendar calendar, DateOnly dueOn, DateOnly today, bool isPaused = false)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (today > dueOn)
        {
            return new Deadline(dueOn, DeadlineStatus.Overdue, 0, calendar.WorkingDaysBetween(dueOn, today), isPaused);
        }

        var status = today == dueOn ? DeadlineStatus.DueToday : DeadlineStatus.OnTime;
        return new Deadline(dueOn, status, calendar.WorkingDaysBetween(today, dueOn), 0, isPaused);
    }
}
