namespace Certification.Criteria.Inputs;

/// <summary>Whether a park is newly established as an eco-industrial park or an existing park converting (Decree 35 Art 38).</summary>
public enum ParkStage
{
    /// <summary>Newly established and registered as an eco-industrial park; must meet all criteria within 8 years.</summary>
    NewlyEstablished,

    /// <summary>An existing industrial park applying for certification.</summary>
    Existing,
}
