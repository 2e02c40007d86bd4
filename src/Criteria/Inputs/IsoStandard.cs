namespace Certification.Criteria.Inputs;

/// <summary>ISO management-system standards an enterprise can run (Decree 35 Art 37.2(b) names ISO 14001 and ISO 50001 as examples).</summary>
public enum IsoStandard
{
    /// <summary>ISO 9001 quality management.</summary>
    Iso9001,

    /// <summary>ISO 14001 environmental management.</summary>
    Iso14001,

    /// <summary>ISO 45001 occupational health and safety management.</summary>
    Iso45001,

    /// <summary>ISO 50001 energy management.</summary>
    Iso50001,

    /// <summary>Another ISO management-system standard.</summary>
    Other,
}
