namespace Certification.Criteria.Indicators;

/// <summary>The fixed vocabulary of numeric enterprise fields a <see cref="PopulationFilter"/> may test.</summary>
public enum PopulationField
{
    /// <summary>[<c>workforce</c>] Number of workers of the enterprise (<see cref="Inputs.EnterpriseRecord.Workforce"/>).</summary>
    Workforce,
}
