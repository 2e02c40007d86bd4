namespace Certification.Workflows.Processes;

/// <summary>
/// Clock lengths of the EIP certification process (Decree 35 Art 41), in working days. Administrators
/// may change them; a change is registered as a new definition version, so dossiers already running
/// keep the lengths they started with.
/// </summary>
public sealed record EcoIndustrialParkClockSettings
{
    /// <summary>[L] Board forwards (routes) the dossier within 3 working days of a complete dossier.</summary>
    public int RouteWorkingDays { get; init; } = 3;

    /// <summary>[L] Reviewing bodies comment within 15 days (counted per routed indicator, from routing).</summary>
    public int ReviewWorkingDays { get; init; } = 15;

    /// <summary>[L] Board evaluates and reports within 40 days of a complete dossier.</summary>
    public int EvaluationWorkingDays { get; init; } = 40;

    /// <summary>[D] People's Committee decides within 10 working days of the Board's proposal (not published in law).</summary>
    public int CommitteeWorkingDays { get; init; } = 10;
}
