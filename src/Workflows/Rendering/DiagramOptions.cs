using Certification.Workflows.Activities;

namespace Certification.Workflows.Rendering;

/// <summary>What <see cref="WorkflowDiagram"/> marks on the drawing.</summary>
public sealed record DiagramOptions
{
    /// <summary>
    /// Activities drawn as current (CSS class "current"), typically
    /// <see cref="Runtime.WorkflowInstance.CurrentActivityIds"/>. Unknown ids are ignored.
    /// </summary>
    public IReadOnlyCollection<string> HighlightedActivityIds { get; init; } = [];

    /// <summary>Activities drawn as failed (CSS class "faulted"), typically those of open incidents.</summary>
    public IReadOnlyCollection<string> FaultedActivityIds { get; init; } = [];

    /// <summary>
    /// The name drawn in an activity's box, by activity id (e.g. the host's Vietnamese step names); null draws the
    /// definition's own display names. The tooltip keeps the definition's name and id.
    /// </summary>
    public Func<string, string>? ActivityName { get; init; }

    /// <summary>
    /// The small second line of an activity's box (who acts and in how long, what a join waits for); null, or a null
    /// result, draws the definition's own English description. The tooltip keeps the English description.
    /// </summary>
    public Func<Activity, string?>? ActivityDetail { get; init; }

    /// <summary>The label drawn on a transition, by outcome; null draws the outcome codes.</summary>
    public Func<string, string>? OutcomeName { get; init; }
}
