namespace Certification.Web.Domain.Parks;

/// <summary>
/// The founding dates a park may be recorded with: from 1 January 1960 (Vietnam's first industrial zones date from
/// the 1960s) to today in Vietnam, both inclusive. Anything outside is a typing error, not a park.
/// </summary>
public static class EstablishmentDate
{
    public static readonly DateOnly Earliest = new(1960, 1, 1);

    /// <summary>Vietnam keeps UTC+7 all year (no daylight saving), so its "today" needs no time-zone database.</summary>
    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);

    public static bool IsPlausible(DateOnly date, TimeProvider clock) => date >= Earliest && date <= Today(clock);
}
