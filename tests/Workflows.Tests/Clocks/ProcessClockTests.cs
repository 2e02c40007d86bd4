using Certification.Workflows.Clocks;

namespace Certification.Workflows.Tests.Clocks;

public class ProcessClockTests
{
    private static readonly DateOnly Monday = new(2025, 3, 3);
    private readonly WorkingDayCalendar _calendar = WorkingDayCalendar.From(VietnamesePublicHolidaySeed.Holidays);

    [Fact]
    public void DueOn_NeverPaused_IsStartPlusWorkingDays()
    {
        var clock = new ProcessClock("dossier", Monday);

        Assert.Equal(new DateOnly(2025, 3, 17), clock.DueOn(_calendar, 10, new DateOnly(2025, 3, 5)));
    }

    [Fact]
    public void DueOn_AfterPauseFromWednesdayToFriday_ExtendsByTwoWorkingDays()
    {
        var clock = new ProcessClock("dossier", Monday);
        clock.Pause("supplement-1", new DateOnly(2025, 3, 5));
        clock.Release("supplement-1", new DateOnly(2025, 3, 7));

        Assert.Equal(2, clock.PausedWorkingDays(_calendar, new DateOnly(2025, 3, 20)));
        Assert.Equal(new DateOnly(2025, 3, 19), clock.DueOn(_calendar, 10, new DateOnly(2025, 3, 20)));
        Assert.False(clock.IsPaused);
    }

    [Fact]
    public void Release_OverlappingHolders_StaysPausedUntilTheLastReleases()
    {
        var clock = new ProcessClock("dossier", Monday);
        clock.Pause("supplement-a", new DateOnly(2025, 3, 5));
        clock.Pause("supplement-b", new DateOnly(2025, 3, 6));
        clock.Release("supplement-a", new DateOnly(2025, 3, 7));

        Assert.True(clock.IsPaused);

        clock.Release("supplement-b", new DateOnly(2025, 3, 10));

        Assert.False(clock.IsPaused);
        Assert.Single(clock.Pauses);
        Assert.Equal(3, clock.PausedWorkingDays(_calendar, new DateOnly(2025, 3, 31))); // Thu 6, Fri 7, Mon 10
    }

    [Fact]
    public void DeadlineOn_WhilePaused_ProjectsTheDueDateAndFreezesDaysLeft()
    {
        var clock = new ProcessClock("dossier", Monday);
        clock.Pause("supplement-1", new DateOnly(2025, 3, 5));

        var onWednesday = clock.DeadlineOn(_calendar, 10, new DateOnly(2025, 3, 5));
        var onFriday = clock.DeadlineOn(_calendar, 10, new DateOnly(2025, 3, 7));

        Assert.True(onFriday.IsPaused);
        Assert.Equal(new DateOnly(2025, 3, 19), onFriday.DueOn);
        Assert.Equal(onWednesday.WorkingDaysLeft, onFriday.WorkingDaysLeft);
    }

    [Fact]
    public void Release_SameDayAsPause_AddsNothing()
    {
        var clock = new ProcessClock("dossier", Monday);
        clock.Pause("supplement-1", new DateOnly(2025, 3, 5));
        clock.Release("supplement-1", new DateOnly(2025, 3, 5));

        Assert.Equal(new DateOnly(2025, 3, 17), clock.DueOn(_calendar, 10, new DateOnly(2025, 3, 10)));
    }

    [Fact]
    public void Pause_OverTet_ExtendsOnlyByWorkingDays()
    {
        var clock = new ProcessClock("dossier", new DateOnly(2025, 1, 20));
        clock.Pause("supplement-1", new DateOnly(2025, 1, 24));
        clock.Release("supplement-1", new DateOnly(2025, 2, 4)); // Tết 27–31 Jan is not a working day

        Assert.Equal(2, clock.PausedWorkingDays(_calendar, new DateOnly(2025, 2, 4)));
    }
}
