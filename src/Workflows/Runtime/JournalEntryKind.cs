namespace Certification.Workflows.Runtime;

/// <summary>What a <see cref="JournalEntry"/> records.</summary>
public enum JournalEntryKind
{
    /// <summary>The instance started at this activity.</summary>
    Started,

    /// <summary>The activity finished with the entry's outcome.</summary>
    Completed,

    /// <summary>The activity now waits on a bookmark (task created, timer set).</summary>
    Waiting,

    /// <summary>
    /// A waiting bookmark (or the failed path of an open incident) was withdrawn without an outcome:
    /// its join's quorum was reached, or the instance ended or was cancelled.
    /// </summary>
    Withdrawn,

    /// <summary>The whole instance was cancelled; recorded on the start activity with the reason as data summary.</summary>
    Cancelled,

    /// <summary>The activity threw; an incident was opened.</summary>
    Faulted,

    /// <summary>An administrator retried the activity's incident.</summary>
    Retried,
}
