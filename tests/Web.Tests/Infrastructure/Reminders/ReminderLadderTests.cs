using Certification.Web.Infrastructure.Reminders;
using Certification.Workflows.Clocks;

namespace Certification.Web.Tests.Infrastructure.Reminders;

public sealed class ReminderLadderTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.From(VietnamesePublicHolidaySeed.Holidays);

    public static TheoryData<string, int, string> Shifts => new()
    {
        { "2026-11-26", -3, "2026-11-23" },   // Thursday, three working days before: Monday
        { "2026-11-23", -1, "2026-11-20" },   // Monday, one before: the Friday, over the weekend
        { "2026-11-26", 0, "2026-11-26" },
        { "2026-11-27", 1, "2026-11-30" },    // Friday, one after: Monday
        { "2026-05-04", -3, "2026-04-24" },   // over 1 May, 30 April and the 27 April compensatory day
        { "2026-04-29", 1, "2026-05-04" },    // Wednesday 29 April, one after: the Monday after the holidays
    };

    [Theory]
    [MemberData(nameof(Shifts))]
    public void Shift_AcrossWeekendsAndHolidays_CountsWorkingDaysOnly(string date, int workingDays, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), ReminderLadder.Shift(Calendar, DateOnly.Parse(date), workingDays));
    }

    [Fact]
    public void Plan_DefaultLadder_DatesEachStepAtTheSendHourVietnamTime()
    {
        var plan = ReminderLadder.Plan(Ladder(), new DateOnly(2026, 11, 26), Calendar, new DateOnly(2026, 11, 20), sendAtHour: 8);

        Assert.Equal(["before-3", "due", "overdue-1"], plan.Select(s => s.Step.Name));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero), plan[0].SendAt);   // 08:00 in Viet Nam
        Assert.Equal(new DateOnly(2026, 11, 27), plan[2].On);
    }

    [Fact]
    public void Plan_TaskOpenedTwoDaysBeforeItsDueDate_LeavesOutTheStepWhoseDayHasPassed()
    {
        var plan = ReminderLadder.Plan(Ladder(), new DateOnly(2026, 11, 26), Calendar, new DateOnly(2026, 11, 24), sendAtHour: 8);

        Assert.Equal(["due", "overdue-1"], plan.Select(s => s.Step.Name));
    }

    private static TaskTypeLadder Ladder() => new()
    {
        Steps =
        [
            new() { Name = "overdue-1", WorkingDays = 1, Audience = [ReminderAudience.Board] },
            new() { Name = "before-3", WorkingDays = -3, Audience = [ReminderAudience.Assignees] },
            new() { Name = "due", WorkingDays = 0, Audience = [ReminderAudience.Assignees] },
        ],
    };
}
