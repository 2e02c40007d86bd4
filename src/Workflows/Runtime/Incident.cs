using System.Text.Json.Serialization;

namespace Certification.Workflows.Runtime;

/// <summary>
/// A failure of an activity (typically an automatic action that threw). The failed path is parked in
/// the incident and the instance is <see cref="WorkflowStatus.Faulted"/> until an administrator calls
/// <see cref="WorkflowRunner.RetryAsync"/>, which re-runs the activity on the same path.
/// </summary>
public sealed class Incident
{
    [JsonConstructor]
    private Incident()
    {
        ActivityId = string.Empty;
        ActivityType = string.Empty;
        Message = string.Empty;
        ExceptionType = string.Empty;
    }

    internal Incident(ExecutionToken token, string activityType, Exception error, DateTimeOffset occurredAt)
    {
        Id = Guid.NewGuid();
        ActivityId = token.ActivityId;
        ActivityType = activityType;
        ItemKey = token.ItemKey;
        ScopeId = token.ScopeId;
        Message = error.Message;
        ExceptionType = error.GetType().FullName ?? error.GetType().Name;
        OccurredAt = occurredAt;
    }

    /// <summary>The incident's identity; the administrator's retry names it.</summary>
    [JsonInclude] public Guid Id { get; private set; }

    /// <summary>The activity that failed.</summary>
    [JsonInclude] public string ActivityId { get; private set; }

    /// <summary>The failed activity's type name.</summary>
    [JsonInclude] public string ActivityType { get; private set; }

    /// <summary>The fan-out item of the failed path, if any.</summary>
    [JsonInclude] public string? ItemKey { get; private set; }

    /// <summary>The parallel scope of the failed path, if any.</summary>
    [JsonInclude] public Guid? ScopeId { get; private set; }

    /// <summary>The error message.</summary>
    [JsonInclude] public string Message { get; private set; }

    /// <summary>The exception's full type name.</summary>
    [JsonInclude] public string ExceptionType { get; private set; }

    /// <summary>When the activity failed.</summary>
    [JsonInclude] public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>When it was retried (or withdrawn because its join's quorum was reached); <see langword="null"/> while open.</summary>
    [JsonInclude] public DateTimeOffset? ResolvedAt { get; private set; }

    /// <summary>The administrator who retried it (or whose action made the quorum that withdrew it).</summary>
    [JsonInclude] public string? ResolvedBy { get; private set; }

    /// <summary>True until retried or withdrawn.</summary>
    [JsonIgnore] public bool IsOpen => ResolvedAt is null;

    internal ExecutionToken Token => new(ActivityId, ItemKey, ScopeId);

    internal void Resolve(string actor, DateTimeOffset at)
    {
        ResolvedBy = actor;
        ResolvedAt = at;
    }
}
