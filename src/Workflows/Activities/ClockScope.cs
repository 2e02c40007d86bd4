namespace Certification.Workflows.Activities;

/// <summary>Whether a named clock exists once per instance or once per fan-out item.</summary>
public enum ClockScope
{
    /// <summary>One clock for the whole instance, e.g. "dossier" (from the complete dossier).</summary>
    Instance,

    /// <summary>One clock per fan-out item, e.g. the 15-day comment clock of each routed indicator.</summary>
    Item,
}
