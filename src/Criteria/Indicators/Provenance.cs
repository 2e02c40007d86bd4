namespace Certification.Criteria.Indicators;

/// <summary>Where an indicator and its threshold come from, as tagged in the domain reference.</summary>
public enum Provenance
{
    /// <summary>[<c>L</c>] Stated in the law or an official procedure.</summary>
    Law,

    /// <summary>[<c>F</c>] Taken from the Circular 05/2025 report forms as re-keyed by a public reporting system.</summary>
    Form,

    /// <summary>[<c>D</c>] A design default where the law is silent; an administrator may change it.</summary>
    DesignDefault,
}
