namespace Certification.Workflows.Activities;

/// <summary>
/// A human task's deadline: <paramref name="WorkingDays"/> Vietnamese working days counted on the clock
/// <paramref name="Clock"/> (the start day excluded, paused days added).
/// </summary>
public sealed record DueRule(int WorkingDays, ClockReference Clock);
