using System.Text.Json.Nodes;
using Certification.Workflows.Runtime;

namespace Certification.Workflows.Activities;

/// <summary>
/// Dynamic parallel split: one path per item of a list in the instance data (e.g. one review per routed
/// indicator). Each path carries its item's key, so tasks on it can take their candidate group from the
/// item and use per-item clocks. The <see cref="Join"/> naming this fan-out collects the paths; an empty
/// list goes straight through the join.
/// </summary>
public sealed class FanOut : Activity
{
    /// <summary>The outcome whose transition leads to the first activity of each item's path.</summary>
    public const string EachOutcome = "each";

    internal FanOut(string id, string? displayName, string collectionKey, string itemKeyField)
        : base(id, displayName)
    {
        CollectionKey = collectionKey;
        ItemKeyField = itemKeyField;
    }

    /// <summary>The instance-data key of the JSON array of item objects.</summary>
    public string CollectionKey { get; }

    /// <summary>The string field that identifies an item (unique within the list), e.g. "indicator".</summary>
    public string ItemKeyField { get; }

    /// <inheritdoc />
    public override IReadOnlyList<string> Outcomes { get; } = [EachOutcome];

    internal override ValueTask ExecuteAsync(WorkflowRun run, ExecutionToken token, CancellationToken cancellationToken)
    {
        var items = ReadItems(run.Instance.Data);
        var scope = run.OpenScope(this, token, items.Count, items);
        run.Record(this, token, JournalEntryKind.Completed, EachOutcome, $"{items.Count} items: {string.Join(", ", items.Select(i => i.Key))}");
        if (items.Count == 0)
        {
            run.CompleteJoin(run.Definition.JoinOf(Id), scope);
            return ValueTask.CompletedTask;
        }

        foreach (var (key, _) in items)
        {
            run.Follow(this, EachOutcome, new ExecutionToken(Id, key, scope.Id));
        }

        return ValueTask.CompletedTask;
    }

    private JsonObject ReadItems(JsonObject data)
    {
        if (data[CollectionKey] is not JsonArray list)
        {
            throw new WorkflowDataException($"Fan-out '{Id}' expected a JSON array at '{CollectionKey}' in instance data.");
        }

        var items = new JsonObject();
        foreach (var node in list)
        {
            if (node is not JsonObject item)
            {
                throw new WorkflowDataException($"Fan-out '{Id}': every entry of '{CollectionKey}' must be a JSON object.");
            }

            var key = JsonData.RequireString(item, ItemKeyField, $"an item of '{CollectionKey}'");
            if (!items.TryAdd(key, item.DeepClone()))
            {
                throw new WorkflowDataException($"Fan-out '{Id}': item key '{key}' appears twice in '{CollectionKey}'.");
            }
        }

        return items;
    }
}
