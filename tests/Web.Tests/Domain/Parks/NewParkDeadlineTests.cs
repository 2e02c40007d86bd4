using Certification.Web.Domain.Parks;

namespace Certification.Web.Tests.Domain.Parks;

/// <summary>Decree 35 Art 38: 8 years from establishment, counted as the Civil Code counts years (hand-computed cases).</summary>
public sealed class NewParkDeadlineTests
{
    public static TheoryData<DateOnly, DateOnly, DateOnly, int, int> Cases => new()
    {
        // established, today, last day, days left, year of the period
        { new(2021, 9, 1), new(2026, 11, 20), new(2029, 9, 1), 1016, 6 },   // 365 (to 20/11/2027) + 366 (to 20/11/2028, leap) + 285
        { new(2021, 9, 1), new(2021, 9, 2), new(2029, 9, 1), 2921, 1 },     // the day after establishment: 8 × 365 + 2 leap days − 1
        { new(2021, 9, 1), new(2029, 9, 1), new(2029, 9, 1), 0, 8 },        // the last day itself
        { new(2021, 9, 1), new(2029, 9, 2), new(2029, 9, 1), -1, 9 },       // one day late
        { new(2016, 2, 29), new(2024, 2, 29), new(2024, 2, 29), 0, 8 },     // 29 February + 8 years is again a leap day
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Deadline_FromEstablishment_IsEightYearsLaterInclusive(DateOnly established, DateOnly today, DateOnly lastDay, int daysLeft, int yearOfPeriod)
    {
        Assert.Equal(lastDay, NewParkDeadline.LastDayFor(established));
        Assert.Equal(daysLeft, NewParkDeadline.DaysLeft(established, today));
        Assert.Equal(yearOfPeriod, NewParkDeadline.YearOfPeriod(established, today));
    }
}
