using Certification.Workflows.Clocks;

namespace Certification.Workflows.Tests.Clocks;

public class WorkingDayCalendarTests
{
    private readonly WorkingDayCalendar _calendar = WorkingDayCalendar.From(VietnamesePublicHolidaySeed.Holidays);

    public static TheoryData<string, bool> WorkingDays => new()
    {
        { "2025-01-08", true },   // ordinary Wednesday
        { "2025-01-11", false },  // Saturday
        { "2025-01-12", false },  // Sunday
        { "2025-01-29", false },  // Tết 2025
        { "2026-02-18", false },  // Tết 2026
        { "2026-02-23", true },   // first working day after Tết 2026
        { "2026-04-27", false },  // Hùng Kings compensatory Monday
        { "2027-05-03", false },  // Labour Day compensatory Monday
        { "2027-02-11", true },   // Thursday between Tết 2027 and the weekend
    };

    [Theory]
    [MemberData(nameof(WorkingDays))]
    public void IsWorkingDay_SeedCalendar_SkipsWeekendsAndHolidays(string date, bool expected) =>
        Assert.Equal(expected, _calendar.IsWorkingDay(DateOnly.Parse(date)));

    public static TheoryData<string, int, string> Additions => new()
    {
        { "2025-01-06", 3, "2025-01-09" },  // Monday + 3 = Thursday: the start day is not counted
        { "2025-01-10", 1, "2025-01-13" },  // Friday + 1 skips the weekend
        { "2025-01-11", 1, "2025-01-13" },  // from a Saturday
        { "2025-01-24", 1, "2025-02-03" },  // skips Tết 27–31 Jan and both weekends
        { "2026-02-13", 1, "2026-02-23" },  // skips Tết 16–20 Feb 2026
        { "2025-04-29", 1, "2025-05-05" },  // skips 30 Apr, 1 and 2 May 2025
        { "2025-08-29", 1, "2025-09-03" },  // skips 1 and 2 Sep 2025
        { "2027-02-03", 2, "2027-02-12" },  // skips 4–5 and 8–10 Feb 2027
        { "2025-01-06", 0, "2025-01-06" },  // zero returns the start
        { "2025-01-11", 0, "2025-01-11" },  // even on a weekend
    };

    [Theory]
    [MemberData(nameof(Additions))]
    public void AddWorkingDays_FromStart_SkipsNonWorkingDays(string start, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), _calendar.AddWorkingDays(DateOnly.Parse(start), days));

    public static TheoryData<string, string, int> Spans => new()
    {
        { "2025-01-06", "2025-01-06", 0 },  // empty range
        { "2025-01-06", "2025-01-10", 4 },  // Mon → Fri: Tue, Wed, Thu, Fri (start excluded, end included)
        { "2025-01-10", "2025-01-13", 1 },  // Fri → Mon
        { "2025-01-11", "2025-01-12", 0 },  // Sat → Sun
        { "2025-01-24", "2025-02-03", 1 },  // across Tết
        { "2025-12-31", "2026-01-05", 1 },  // across New Year 2026 (1–2 Jan off)
    };

    [Theory]
    [MemberData(nameof(Spans))]
    public void WorkingDaysBetween_Range_CountsStartExclusiveEndInclusive(string start, string end, int expected) =>
        Assert.Equal(expected, _calendar.WorkingDaysBetween(DateOnly.Parse(start), DateOnly.Parse(end)));

    [Theory]
    [InlineData("2025-01-01", 1)]
    [InlineData("2025-01-24", 15)]
    [InlineData("2026-02-12", 40)]
    [InlineData("2027-04-28", 10)]
    public void WorkingDaysBetween_UpToAddWorkingDays_ReturnsTheDaysAdded(string start, int days)
    {
        var from = DateOnly.Parse(start);

        Assert.Equal(days, _calendar.WorkingDaysBetween(from, _calendar.AddWorkingDays(from, days)));
    }

    [Fact]
    public void AddWorkingDays_NegativeCount_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _calendar.AddWorkingDays(new DateOnly(2025, 1, 6), -1));

    [Fact]
    public void WorkingDaysBetween_EndBeforeStart_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _calendar.WorkingDaysBetween(new DateOnly(2025, 1, 6), new DateOnly(2025, 1, 5)));

    [Fact]
    public void AddWorkingDays_WithoutHolidays_CountsTetAsWorkingDays() =>
        Assert.Equal(new DateOnly(2025, 1, 27), new WorkingDayCalendar([]).AddWorkingDays(new DateOnly(2025, 1, 24), 1));
}
