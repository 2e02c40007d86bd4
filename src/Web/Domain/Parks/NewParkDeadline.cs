namespace Certification.Web.Domain.Parks;

/// <summary>
/// Decree 35 Art 38: a newly established park registered as an eco-industrial park must meet every criterion within
/// 8 years of its establishment. Counted as the Civil Code 2015 (Art 147–148) counts a period in years: the day of
/// establishment is not counted and the period ends at the end of the same day and month 8 years later, so a park
/// established on 1 September 2021 has until 1 September 2029 inclusive.
/// </summary>
public static class NewParkDeadline
{
    /// <summary>The length of the period, in years.</summary>
    public const int Years = 8;

    /// <summary>The last day (inclusive) by which the park must meet the criteria.</summary>
    public static DateOnly LastDayFor(DateOnly establishedOn) => establishedOn.AddYears(Years);

    /// <summary>Calendar days from <paramref name="today"/> to the last day: 0 on the last day itself, negative once it has passed.</summary>
    public static int DaysLeft(DateOnly establishedOn, DateOnly today) => LastDayFor(establishedOn).DayNumber - today.DayNumber;

    /// <summary>The period's year number <paramref name="today"/> falls in: 1 during the first 12 months after establishment,
    /// 8 in the last; above 8 once the period is over.</summary>
    public static int YearOfPeriod(DateOnly establishedOn, DateOnly today)
    {
        var year = 1;
        while (establishedOn.AddYears(year) < today)
            year++;
        return year;
    }
}
