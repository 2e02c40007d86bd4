namespace Certification.Workflows.Clocks;

/// <summary>
/// Converts instants to the Viet Nam calendar dates that working-day clocks count in.
/// Viet Nam keeps UTC+07:00 all year (no daylight saving), so a fixed offset is exact and avoids
/// depending on the server's time-zone database.
/// </summary>
public static class VietnamTime
{
    /// <summary>The offset of Viet Nam local time from UTC: +07:00.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    /// <summary>The Viet Nam local calendar date of <paramref name="instant"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>Today's Viet Nam local date according to <paramref name="timeProvider"/>.</summary>
    public static DateOnly Today(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return DateOf(timeProvider.GetUtcNow());
    }

    /// <summary>The instant 00:00 Viet Nam time at the start of <paramref name="date"/>.</summary>
    public static DateTimeOffset StartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), Offset);
}
