namespace Certification.Workflows.Runtime;

/// <summary>A human task was resumed with an outcome it does not offer.</summary>
public sealed class OutcomeNotAllowedException(string activityId, string outcome, IReadOnlyList<string> allowedOutcomes)
    : WorkflowException(
        $"Outcome '{outcome}' is not allowed for task '{activityId}'; allowed: {string.Join(", ", allowedOutcomes)}.")
{
    /// <summary>The task's activity id.</summary>
    public string ActivityId { get; } = activityId;

    /// <summary>The outcome that was refused.</summary>
    public string Outcome { get; } = outcome;

    /// <summary>The outcomes the task offers.</summary>
    public IReadOnlyList<string> AllowedOutcomes { get; } = allowedOutcomes;
}
