using System.Text.Json.Serialization;
using Certification.Workflows.Runtime;

namespace Certification.Workflows.Activities;

/// <summary>
/// A step of a workflow definition. The set of activity kinds is closed (only what the certification
/// processes need) and each kind carries its own execution semantics; definitions are built with
/// <see cref="Definitions.WorkflowDefinitionBuilder"/>, which validates them.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(HumanTask), "HumanTask")]
[JsonDerivedType(typeof(Fork), "Fork")]
[JsonDerivedType(typeof(FanOut), "FanOut")]
[JsonDerivedType(typeof(Join), "Join")]
[JsonDerivedType(typeof(TimerEvent), "TimerEvent")]
[JsonDerivedType(typeof(Decision), "Decision")]
[JsonDerivedType(typeof(AutomaticAction), "AutomaticAction")]
[JsonDerivedType(typeof(End), "End")]
public abstract class Activity
{
    private protected Activity(string id, string? displayName)
    {
        Id = id;
        DisplayName = string.IsNullOrWhiteSpace(displayName) ? id : displayName;
    }

    /// <summary>Unique within the definition; transitions, bookmarks and the journal refer to it.</summary>
    public string Id { get; }

    /// <summary>A short label for diagrams (the id when none was given). Not localised.</summary>
    public string DisplayName { get; }

    /// <summary>The outcomes this activity can complete with; each must have exactly one transition.</summary>
    public abstract IReadOnlyList<string> Outcomes { get; }

    /// <summary>The kind's name as written to journals and JSON, e.g. "HumanTask".</summary>
    [JsonIgnore]
    public string TypeName => GetType().Name;

    /// <summary>
    /// Runs the activity for one path. Throwing before changing the instance is the contract: the run
    /// turns the exception into an incident and a retry runs the activity again from scratch.
    /// </summary>
    internal abstract ValueTask ExecuteAsync(WorkflowRun run, ExecutionToken token, CancellationToken cancellationToken);
}
