using Certification.Workflows.Runtime;

namespace Certification.Workflows.Activities;

/// <summary>
/// Static parallel split: every branch (outcome) starts at once, in its own path; the
/// <see cref="Join"/> that names this fork waits for all of them or a quorum.
/// </summary>
public sealed class Fork : Activity
{
    internal Fork(string id, string? displayName, IReadOnlyList<string> branches)
        : base(id, displayName) => Outcomes = branches;

    /// <summary>The branch names; each is an outcome with its own transition.</summary>
    public override IReadOnlyList<string> Outcomes { get; }

    internal override ValueTask ExecuteAsync(WorkflowRun run, ExecutionToken token, CancellationToken cancellationToken)
    {
        var scope = run.OpenScope(this, token, Outcomes.Count, items: null);
        run.Record(this, token, JournalEntryKind.Completed, string.Join(", ", Outcomes));
        foreach (var branch in Outcomes)
        {
            run.Follow(this, branch, new ExecutionToken(Id, token.ItemKey, scope.Id));
        }

        return ValueTask.CompletedTask;
    }
}
