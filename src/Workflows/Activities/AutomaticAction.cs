using System.Text.Json.Nodes;
using Certification.Workflows.Runtime;

namespace Certification.Workflows.Activities;

/// <summary>
/// Runs a named action the host registers in <see cref="HostBindings"/> (e.g. "certificate.issue",
/// which assigns the certificate number), inside the host's transaction. The action works on a copy of
/// the instance data; its changes are kept only if it succeeds. If it throws, the path becomes an
/// <see cref="Incident"/> and the instance is faulted until an administrator retries.
/// </summary>
public sealed class AutomaticAction : Activity
{
    /// <summary>The only outcome of an action.</summary>
    public const string DoneOutcome = "done";

    internal AutomaticAction(string id, string? displayName, string actionName)
        : base(id, displayName) => ActionName = actionName;

    /// <summary>The host action's registered name.</summary>
    public string ActionName { get; }

    /// <inheritdoc />
    public override IReadOnlyList<string> Outcomes { get; } = [DoneOutcome];

    internal override async ValueTask ExecuteAsync(WorkflowRun run, ExecutionToken token, CancellationToken cancellationToken)
    {
        var before = run.Instance.Data;
        var context = new ActionContext(
            run.Instance.Id, run.Instance.DefinitionName, run.Instance.CorrelationId, Id, token.ItemKey,
            before.DeepClone().AsObject(), run.ItemOf(token)?.DeepClone().AsObject());
        await run.Bindings.Action(ActionName)(context, cancellationToken);

        run.Instance.ReplaceData(context.Data);
        run.Complete(this, token, DoneOutcome, JsonData.Summarise(Changes(before, context.Data)));
    }

    private static JsonObject Changes(JsonObject before, JsonObject after)
    {
        var changes = new JsonObject();
        foreach (var (key, value) in after)
        {
            if (!before.TryGetPropertyValue(key, out var old) || !JsonNode.DeepEquals(old, value))
            {
                changes[key] = value?.DeepClone();
            }
        }

        return changes;
    }
}
