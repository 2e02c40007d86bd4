namespace Certification.Criteria.Indicators;

/// <summary>
/// What an indicator set certifies: a whole eco-industrial park (Decree 35 Art 37.1, JSON
/// <c>"park"</c>) or one eco-enterprise in a park (Art 37.2, JSON <c>"enterprise"</c>).
/// </summary>
public enum SubjectKind
{
    /// <summary>An industrial park applying for (or holding) eco-industrial park certification.</summary>
    Park,

    /// <summary>One enterprise applying for (or holding) eco-enterprise certification.</summary>
    Enterprise,
}
