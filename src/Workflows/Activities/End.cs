using Certification.Workflows.Runtime;

namespace Certification.Workflows.Activities;

/// <summary>
/// Ends the instance with a final outcome (e.g. "Certified", "RefusedByBoard"). Any other path still
/// waiting is withdrawn: reaching an End terminates the whole instance.
/// </summary>
public sealed class End : Activity
{
    internal End(string id, string? displayName, string finalOutcome)
        : base(id, displayName) => FinalOutcome = finalOutcome;

    /// <summary>The instance's final outcome once this End is reached.</summary>
    public string FinalOutcome { get; }

    /// <summary>None: nothing follows an End.</summary>
    public override IReadOnlyList<string> Outcomes { get; } = [];

    internal override ValueTask ExecuteAsync(WorkflowRun run, ExecutionToken token, CancellationToken cancellationToken)
    {
        run.End(this, token);
        return ValueTask.CompletedTask;
    }
}
