namespace Certification.Workflows.Clocks;

/// <summary>Where today stands against a due date. The web localises the words.</summary>
public enum DeadlineStatus
{
    /// <summary>Today is before the due date.</summary>
    OnTime,

    /// <summary>Today is the due date.</summary>
    DueToday,

    /// <summary>Today is after the due date.</summary>
    Overdue,
}
