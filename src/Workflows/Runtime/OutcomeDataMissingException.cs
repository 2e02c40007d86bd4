namespace Certification.Workflows.Runtime;

/// <summary>
/// A human task was resumed with an outcome that requires data (e.g. "refuse" requires "reasons",
/// because the Board must answer in writing with reasons) and the data was missing or empty.
/// </summary>
public sealed class OutcomeDataMissingException(string activityId, string outcome, IReadOnlyList<string> missingKeys)
    : WorkflowException(
        $"Outcome '{outcome}' of task '{activityId}' requires data that is missing or empty: {string.Join(", ", missingKeys)}.")
{
    /// <summary>The task's activity id.</summary>
    public string ActivityId { get; } = activityId;

    /// <summary>The outcome that was chosen.</summary>
    public string Outcome { get; } = outcome;

    /// <summary>The data keys that were missing, null or empty.</summary>
    public IReadOnlyList<string> MissingKeys { get; } = missingKeys;
}
