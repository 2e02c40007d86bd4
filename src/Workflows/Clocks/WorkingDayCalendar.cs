namespace Certification.Workflows.Clocks;

/// <summary>
/// Working-day arithmetic for Vietnamese administrative procedures: a working day is Monday to Friday
/// and not a public holiday. The holidays are data (administrators maintain them per year, because
/// Tết and Giỗ Tổ Hùng Vương follow the lunar calendar), so the calendar is built from a list.
/// </summary>
/// <remarks>
/// Counting convention used everywhere in this namespace: the day a period starts on is not counted;
/// counting begins on the next day. "Due in 3 working days from Monday 6 Jan" is Thursday 9 Jan.
/// </remarks>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<DateOnly> _holidays;

    /// <summary>Creates a calendar that treats every date in <paramref name="holidays"/> as non-working.</summary>
    /// <param name="holidays">Public holidays; duplicates and weekend dates are harmless.</param>
    public WorkingDayCalendar(IEnumerable<DateOnly> holidays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        _holidays = [.. holidays];
    }

    /// <summary>Creates a calendar from a holiday table, such as <see cref="VietnamesePublicHolidaySeed.Holidays"/>.</summary>
    public static WorkingDayCalendar From(IEnumerable<PublicHoliday> holidays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        return new WorkingDayCalendar(holidays.Select(holiday => holiday.Date));
    }

    /// <summary>The holiday dates this calendar skips.</summary>
    public IReadOnlyCollection<DateOnly> Holidays => _holidays;

    /// <summary>True when <paramref name="date"/> is Monday to Friday and not a holiday.</summary>
    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(date);

    /// <summary>
    /// The date on which <paramref name="workingDays"/> working days have elapsed after
    /// <paramref name="start"/>. The start date itself is not counted (exclusive), the returned date is
    /// (inclusive), and for a positive count it is always a working day. Zero returns <paramref name="start"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is negative.</exception>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var date = start;
        var remaining = workingDays;
        while (remaining > 0)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    /// <summary>
    /// The number of working days in the half-open range (<paramref name="start"/>, <paramref name="end"/>]:
    /// the start date is excluded, the end date included. Consistent with <see cref="AddWorkingDays"/>:
    /// <c>WorkingDaysBetween(s, AddWorkingDays(s, n)) == n</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public int WorkingDaysBetween(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(
                nameof(end), end, $"The end date {end:yyyy-MM-dd} is before the start date {start:yyyy-MM-dd}.");
        }

        var count = 0;
        for (var date = start.AddDays(1); date <= end; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }
}
