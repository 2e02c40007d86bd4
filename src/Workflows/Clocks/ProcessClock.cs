using System.Text.Json.Serialization;

namespace Certification.Workflows.Clocks;

/// <summary>
/// A procedure clock counted in working days that stops while the dossier waits on the applicant
/// (a supplement request). A deadline of n working days on this clock falls on
/// <c>StartedOn + n + working days spent paused</c>. Several waits may overlap (two supplement requests
/// at once); the clock stays paused until the last of them ends.
/// </summary>
/// <remarks>Persisted with its workflow instance; the length n belongs to the deadline, not the clock.</remarks>
public sealed class ProcessClock
{
    private List<ClockPause> _pauses = [];
    private List<string> _pauseHolders = [];

    [JsonConstructor]
    private ProcessClock() => Key = string.Empty;

    /// <summary>Starts a clock named <paramref name="key"/> on <paramref name="startedOn"/> (not counted).</summary>
    public ProcessClock(string key, DateOnly startedOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        Key = key;
        StartedOn = startedOn;
    }

    /// <summary>The clock's key within its instance, e.g. "dossier" or "review/ENV.1".</summary>
    [JsonInclude]
    public string Key { get; private set; }

    /// <summary>The Viet Nam local date the clock started; counting begins the next day.</summary>
    [JsonInclude]
    public DateOnly StartedOn { get; private set; }

    /// <summary>Past and current pauses, oldest first.</summary>
    [JsonInclude]
    public IReadOnlyList<ClockPause> Pauses { get => _pauses; private set => _pauses = [.. value]; }

    /// <summary>Who holds the clock paused (bookmark ids of open applicant tasks).</summary>
    [JsonInclude]
    public IReadOnlyList<string> PauseHolders { get => _pauseHolders; private set => _pauseHolders = [.. value]; }

    /// <summary>True while at least one holder keeps the clock paused.</summary>
    [JsonIgnore]
    public bool IsPaused => _pauseHolders.Count > 0;

    /// <summary>Pauses the clock on <paramref name="on"/> for <paramref name="holder"/>; a holder already holding it is ignored.</summary>
    public void Pause(string holder, DateOnly on)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(holder);
        if (_pauseHolders.Contains(holder))
        {
            return;
        }

        if (_pauseHolders.Count == 0)
        {
            _pauses.Add(new ClockPause(on));
        }

        _pauseHolders.Add(holder);
    }

    /// <summary>Releases <paramref name="holder"/>'s pause; the clock runs again from <paramref name="on"/> when no holder remains.</summary>
    public void Release(string holder, DateOnly on)
    {
        if (!_pauseHolders.Remove(holder) || _pauseHolders.Count > 0)
        {
            return;
        }

        _pauses[^1].Close(on);
    }

    /// <summary>Working days the clock has stood still up to <paramref name="asOf"/> (an open pause counts until then).</summary>
    public int PausedWorkingDays(WorkingDayCalendar calendar, DateOnly asOf) =>
        _pauses.Sum(pause => pause.WorkingDays(calendar, asOf));

    /// <summary>
    /// The due date of a deadline <paramref name="workingDays"/> long on this clock, extended by the
    /// paused working days as of <paramref name="asOf"/> (a projection while paused).
    /// </summary>
    public DateOnly DueOn(WorkingDayCalendar calendar, int workingDays, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.AddWorkingDays(StartedOn, workingDays + PausedWorkingDays(calendar, asOf));
    }

    /// <summary>The display model of a deadline <paramref name="workingDays"/> long on this clock, seen on <paramref name="today"/>.</summary>
    public Deadline DeadlineOn(WorkingDayCalendar calendar, int workingDays, DateOnly today) =>
        Deadline.Evaluate(calendar, DueOn(calendar, workingDays, today), today, IsPaused);
}
