using Certification.Workflows.Clocks;

namespace Certification.Workflows.Tests.Clocks;

public class VietnamesePublicHolidaySeedTests
{
    [Fact]
    public void Holidays_Seed_ListsOnlyDistinctWeekdays()
    {
        var dates = VietnamesePublicHolidaySeed.Holidays.Select(h => h.Date).ToList();

        Assert.All(dates, date => Assert.DoesNotContain(date.DayOfWeek, new[] { DayOfWeek.Saturday, DayOfWeek.Sunday }));
        Assert.Equal(dates.Count, dates.Distinct().Count());
        Assert.Equal(dates.Order(), dates);
    }

    [Theory]
    [InlineData(2025, 12)]
    [InlineData(2026, 12)]
    [InlineData(2027, 11)]
    [InlineData(2028, 0)]
    public void ForYear_SeedYears_HasTheAnnouncedNumberOfWeekdayHolidays(int year, int count) =>
        Assert.Equal(count, VietnamesePublicHolidaySeed.ForYear(year).Count);

    [Theory]
    [InlineData("2025-04-07", "Giỗ Tổ Hùng Vương")]
    [InlineData("2026-04-27", "Giỗ Tổ Hùng Vương (nghỉ bù)")]
    [InlineData("2027-05-03", "Ngày Quốc tế Lao động (nghỉ bù)")]
    [InlineData("2027-02-10", "Tết Nguyên đán")]
    public void Holidays_Seed_NamesEachDate(string date, string name) =>
        Assert.Contains(new PublicHoliday(DateOnly.Parse(date), name), VietnamesePublicHolidaySeed.Holidays);
}
