namespace Certification.Workflows.Processes;

/// <summary>
/// Clock lengths of re-certification (Decree 35 Art 45), in working days, counted from the complete dossier. Administrators
/// may change them; a change is registered as a new definition version.
/// </summary>
public sealed record RecertificationClockSettings
{
    /// <summary>[L] The Board evaluates an eco-enterprise re-certification dossier within 20 days and decides.</summary>
    public int EnterpriseEvaluationWorkingDays { get; init; } = 20;

    /// <summary>[D] The Board evaluates a park's re-certification dossier and reports; Art 45 names no limit, so the
    /// 40 days of first certification (Art 41) are the default.</summary>
    public int ParkEvaluationWorkingDays { get; init; } = 40;

    /// <summary>[D] The People's Committee decides on a park's re-certification within 10 working days of the Board's proposal.</summary>
    public int CommitteeWorkingDays { get; init; } = 10;
}
