using Certification.Criteria.Indicators;
using Certification.Criteria.Inputs;

namespace Certification.Criteria.Evaluation;

/// <summary>
/// Accessors for the fixed enterprise vocabularies, chosen once per indicator when a set is loaded so that
/// evaluation calls a delegate instead of switching or reflecting per enterprise. Null means not reported.
/// </summary>
internal static class EnterpriseReaders
{
    public static Func<EnterpriseRecord, bool?> For(EnterpriseAttribute attribute) => attribute switch
    {
        EnterpriseAttribute.AppliesRecp => static e => e.AppliesRecp,
        EnterpriseAttribute.AppliesRecpWithSavings => static e => e.AppliesRecpWithMeasuredSavings,
        EnterpriseAttribute.HoldsIsoSystem => static e => e.IsoSystems is { } systems ? systems.Count > 0 : null,
        EnterpriseAttribute.HoldsIso14001 => static e => e.IsoSystems is { } systems ? systems.Contains(IsoStandard.Iso14001) : null,
        EnterpriseAttribute.HoldsIso50001 => static e => e.IsoSystems is { } systems ? systems.Contains(IsoStandard.Iso50001) : null,
        EnterpriseAttribute.HasGrievanceProcedure => static e => e.HasGrievanceProcedure,
        EnterpriseAttribute.DisclosesInformation => static e => e.DisclosesInformation,
        EnterpriseAttribute.AppliesGenderEquality => static e => e.AppliesGenderEquality,
        EnterpriseAttribute.HasAntiHarassmentRules => static e => e.HasAntiHarassmentRules,
        _ => throw new ArgumentOutOfRangeException(nameof(attribute), attribute, null),
    };

    public static Func<EnterpriseRecord, int?> For(PopulationField field) => field switch
    {
        PopulationField.Workforce => static e => e.Workforce,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
