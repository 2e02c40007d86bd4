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

    /// <summary>A waiting bookmark was withdrawn (quorum reached, instance ended or cancelled).</summary>
    Cancelled,

    /// <summary>The activity threw; an incident was opened.</summary>
    Faulted,

    /// <summary>An administrator retried the activity's incident.</summary>
    Retried,
}
