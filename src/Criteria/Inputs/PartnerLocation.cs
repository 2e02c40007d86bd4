namespace Certification.Criteria.Inputs;

/// <summary>Where the partner of a symbiosis link is, seen from the park being evaluated.</summary>
public enum PartnerLocation
{
    /// <summary>The partner is in the same park (industrial symbiosis).</summary>
    SamePark,

    /// <summary>The partner is in another industrial park.</summary>
    OtherPark,

    /// <summary>The partner is in the surrounding town (urban–industrial symbiosis).</summary>
    Town,
}
