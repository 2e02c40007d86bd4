using Certification.Workflows.Clocks;

namespace Certification.Workflows.Tests.Clocks;

public class DeadlineTests
{
    private readonly WorkingDayCalendar _calendar = WorkingDayCalendar.From(VietnamesePublicHolidaySeed.Holidays);

    public static TheoryData<string, string, DeadlineStatus, int, int> Cases => new()
    {
        { "2025-01-10", "2025-01-08", DeadlineStatus.OnTime, 2, 0 },    // Wed before a Friday deadline
        { "2025-01-10", "2025-01-10", DeadlineStatus.DueToday, 0, 0 },
        { "2025-01-10", "2025-01-11", DeadlineStatus.Overdue, 0, 0 },   // Saturday after: overdue, no working day lost yet
        { "2025-01-10", "2025-01-13", DeadlineStatus.Overdue, 0, 1 },
        { "2025-01-10", "2025-01-15", DeadlineStatus.Overdue, 0, 3 },
        { "2025-01-24", "2025-02-04", DeadlineStatus.Overdue, 0, 2 },   // Tết does not count against the authority
        { "2025-02-03", "2025-01-24", DeadlineStatus.OnTime, 1, 0 },    // one working day left across Tết
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_TodayAgainstDueDate_GivesStatusAndWorkingDayCounts(
        string dueOn, string today, DeadlineStatus status, int daysLeft, int daysOverdue)
    {
        var deadline = Deadline.Evaluate(_calendar, DateOnly.Parse(dueOn), DateOnly.Parse(today));

        Assert.Equal(status, deadline.Status);
        Assert.Equal(daysLeft, deadline.WorkingDaysLeft);
        Assert.Equal(daysOverdue, deadline.WorkingDaysOverdue);
        Assert.False(deadline.IsPaused);
    }
}
