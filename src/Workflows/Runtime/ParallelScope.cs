using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Certification.Workflows.Runtime;

/// <summary>
/// One execution of a fork or fan-out that has not reached its join yet: how many paths the join
/// expects, how many arrived, and for a fan-out the snapshot of the items (so a later change of the
/// instance data does not change running branches). Removed when the join fires.
/// </summary>
public sealed class ParallelScope
{
    [JsonConstructor]
    private ParallelScope()
    {
        ForkActivityId = string.Empty;
        JoinActivityId = string.Empty;
    }

    internal ParallelScope(string forkActivityId, string joinActivityId, ExecutionToken parent, int expected, JsonObject? items)
    {
        Id = Guid.NewGuid();
        ForkActivityId = forkActivityId;
        JoinActivityId = joinActivityId;
        ParentScopeId = parent.ScopeId;
        ParentItemKey = parent.ItemKey;
        Expected = expected;
        Items = items;
    }

    /// <summary>The scope's identity, carried by the bookmarks of its paths.</summary>
    [JsonInclude] public Guid Id { get; private set; }

    /// <summary>The fork or fan-out that opened the scope.</summary>
    [JsonInclude] public string ForkActivityId { get; private set; }

    /// <summary>The join that closes it.</summary>
    [JsonInclude] public string JoinActivityId { get; private set; }

    /// <summary>The enclosing scope, restored after the join.</summary>
    [JsonInclude] public Guid? ParentScopeId { get; private set; }

    /// <summary>The enclosing fan-out item, restored after the join.</summary>
    [JsonInclude] public string? ParentItemKey { get; private set; }

    /// <summary>Paths started: fork branches or fan-out items.</summary>
    [JsonInclude] public int Expected { get; private set; }

    /// <summary>Paths that reached the join so far.</summary>
    [JsonInclude] public int Arrivals { get; private set; }

    /// <summary>For a fan-out: item key → item object snapshot; <see langword="null"/> for a fork.</summary>
    [JsonInclude] public JsonObject? Items { get; private set; }

    internal void Arrive() => Arrivals++;
}
