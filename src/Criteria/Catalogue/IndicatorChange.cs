using Certification.Criteria.Indicators;

namespace Certification.Criteria.Catalogue;

/// <summary>An indicator present in both versions whose definition changed, with the fields that changed.</summary>
/// <param name="Before">The indicator in the older version.</param>
/// <param name="After">The indicator in the newer version.</param>
/// <param name="Fields">The fields that differ, in JSON property order.</param>
public sealed record IndicatorChange(Indicator Before, Indicator After, IReadOnlyList<FieldChange> Fields)
{
    /// <summary>The indicator code, the same in both versions.</summary>
    public string Code => After.Code;
}
