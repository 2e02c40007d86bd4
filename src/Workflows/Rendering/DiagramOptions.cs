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
}
