using Certification.Workflows.Runtime;

namespace Certification.Workflows.Activities;

/// <summary>
/// Branches on a named predicate that the host registers in <see cref="HostBindings"/>
/// (e.g. "criteria.allMandatoryMet"), evaluated against a copy of the instance data. There is no
/// expression language: the rule lives in the host's code, the definition only names it.
/// </summary>
public sealed class Decision : Activity
{
    /// <summary>Outcome when the predicate holds.</summary>
    public const string TrueOutcome = "true";

    /// <summary>Outcome when it does not.</summary>
    public const string FalseOutcome = "false";

    internal Decision(string id, string? displayName, string predicateName)
        : base(id, displayName) => PredicateName = predicateName;

    /// <summary>The host predicate's registered name.</summary>
    public string PredicateName { get; }

    /// <inheritdoc />
    public override IReadOnlyList<string> Outcomes { get; } = [TrueOutcome, FalseOutcome];

    internal override ValueTask ExecuteAsync(WorkflowRun run, ExecutionToken token, CancellationToken cancellationToken)
    {
        var context = new DecisionContext(
            run.Instance.Id, run.Instance.DefinitionName, run.Instance.CorrelationId, token.ItemKey,
            run.Instance.Data.DeepClone().AsObject(), run.ItemOf(token)?.DeepClone().AsObject());
        var holds = run.Bindings.Predicate(PredicateName)(context);
        run.Complete(this, token, holds ? TrueOutcome : FalseOutcome);
        return ValueTask.CompletedTask;
    }
}
