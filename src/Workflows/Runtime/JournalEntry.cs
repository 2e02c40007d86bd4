using System.Text.Json.Serialization;

namespace Certification.Workflows.Runtime;

/// <summary>
/// One line of an instance's audit trail: an activity started, waited, completed, was cancelled or
/// failed. Entries are only ever appended.
/// </summary>
public sealed class JournalEntry
{
    [JsonConstructor]
    private JournalEntry()
    {
        ActivityId = string.Empty;
        ActivityType = string.Empty;
        Actor = string.Empty;
    }

    internal JournalEntry(
        int sequence, DateTimeOffset at, JournalEntryKind kind, string activityId, string activityType,
        string? itemKey, string actor, string? outcome, string? dataSummary)
    {
        Sequence = sequence;
        At = at;
        Kind = kind;
        ActivityId = activityId;
        ActivityType = activityType;
        ItemKey = itemKey;
        Actor = actor;
        Outcome = outcome;
        DataSummary = dataSummary;
    }

    /// <summary>1-based position in the instance's journal.</summary>
    [JsonInclude] public int Sequence { get; private set; }

    /// <summary>When it happened (the runner call's instant from TimeProvider; one call shares one instant).</summary>
    [JsonInclude] public DateTimeOffset At { get; private set; }

    /// <summary>What happened.</summary>
    [JsonInclude] public JournalEntryKind Kind { get; private set; }

    /// <summary>The activity concerned.</summary>
    [JsonInclude] public string ActivityId { get; private set; }

    /// <summary>The activity's type name, e.g. "HumanTask", "AutomaticAction".</summary>
    [JsonInclude] public string ActivityType { get; private set; }

    /// <summary>The fan-out item, if any.</summary>
    [JsonInclude] public string? ItemKey { get; private set; }

    /// <summary>
    /// Who caused it: the user who started, resumed, retried or cancelled (also recorded on the automatic
    /// steps their action set off), or <see cref="WorkflowRunner.SystemActor"/> for timers.
    /// </summary>
    [JsonInclude] public string Actor { get; private set; }

    /// <summary>The outcome chosen or produced; for End, the final outcome; for Faulted, the error message.</summary>
    [JsonInclude] public string? Outcome { get; private set; }

    /// <summary>Compact JSON of the data supplied or changed (at most 500 characters), or a short description.</summary>
    [JsonInclude] public string? DataSummary { get; private set; }
}
