namespace Certification.Workflows.Processes;

/// <summary>
/// Clock lengths of the eco-enterprise certification process (Decree 35 Art 42), in working days.
/// Administrators may change them; a change is registered as a new definition version.
/// </summary>
public sealed record EcoEnterpriseClockSettings
{
    /// <summary>[L] Board forwards the dossier to the provincial departments within 3 working days of a complete dossier.</summary>
    public int ForwardWorkingDays { get; init; } = 3;

    /// <summary>[D] Departments comment within 10 working days of the forwarding.</summary>
    public int CommentWorkingDays { get; init; } = 10;

    /// <summary>
    /// [L] Board evaluates within 20 days. Counted, like the EIP's 40 days, from the complete dossier
    /// (our reading; the sources do not name the start).
    /// </summary>
    public int EvaluationWorkingDays { get; init; } = 20;
}
