using System.Text.Json.Serialization;

namespace Certification.Workflows.Clocks;

/// <summary>
/// One interval during which a <see cref="ProcessClock"/> stood still because the dossier waited on
/// the applicant. The paused working days are those in (<see cref="From"/>, <see cref="To"/>]: the day
/// the wait began still counts against the authority, the day the applicant answered does not.
/// </summary>
public sealed class ClockPause
{
    [JsonConstructor]
    private ClockPause()
    {
    }

    internal ClockPause(DateOnly from) => From = from;

    /// <summary>The Viet Nam local date the wait on the applicant began.</summary>
    [JsonInclude]
    public DateOnly From { get; private set; }

    /// <summary>The date the wait ended; <see langword="null"/> while the clock is still paused.</summary>
    [JsonInclude]
    public DateOnly? To { get; private set; }

    internal void Close(DateOnly on) => To = on < From ? From : on;

    /// <summary>
    /// Working days paused in (<see cref="From"/>, end], where end is <see cref="To"/> or, for an open
    /// pause, <paramref name="asOf"/>. An open pause counted on or before its start date is 0.
    /// </summary>
    public int WorkingDays(WorkingDayCalendar calendar, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var end = To ?? asOf;
        return end <= From ? 0 : calendar.WorkingDaysBetween(From, end);
    }
}
