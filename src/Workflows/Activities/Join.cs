using Certification.Workflows.Runtime;

namespace Certification.Workflows.Activities;

/// <summary>
/// Waits for the paths started by its <see cref="Fork"/> or <see cref="FanOut"/>: all of them, or the
/// first <see cref="Quorum"/>. When it fires, paths still open in the scope are withdrawn (their
/// bookmarks cancelled) and one path continues with <see cref="DoneOutcome"/>.
/// </summary>
public sealed class Join : Activity
{
    /// <summary>The only outcome of a join.</summary>
    public const string DoneOutcome = "done";

    internal Join(string id, string? displayName, string forkId, int? quorum)
        : base(id, displayName)
    {
        ForkId = forkId;
        Quorum = quorum;
    }

    /// <summary>The fork or fan-out whose paths this join collects.</summary>
    public string ForkId { get; }

    /// <summary>
    /// Paths needed to fire; <see langword="null"/> means all. For a fan-out with fewer items than the
    /// quorum, all items are needed.
    /// </summary>
    public int? Quorum { get; }

    /// <inheritdoc />
    public override IReadOnlyList<string> Outcomes { get; } = [DoneOutcome];

    internal override ValueTask ExecuteAsync(WorkflowRun run, ExecutionToken token, CancellationToken cancellationToken)
    {
        var scope = token.ScopeId is { } scopeId ? run.Instance.FindScope(scopeId) : null;
        if (scope is null || scope.JoinActivityId != Id)
        {
            throw new InvalidOperationException(
                $"Join '{Id}' was reached by a path that did not start at its fork '{ForkId}'; check the definition's transitions.");
        }

        scope.Arrive();
        var needed = Quorum is { } quorum ? Math.Min(quorum, scope.Expected) : scope.Expected;
        if (scope.Arrivals >= needed)
        {
            run.CompleteJoin(this, scope);
        }

        return ValueTask.CompletedTask;
    }
}
