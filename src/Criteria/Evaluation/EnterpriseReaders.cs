using Certification.Criteria.Indicators;
using Certification.Criteria.Inputs;

namespace Certification.Criteria.Evaluation;

/// <summary>
/// Reads the fixed enterprise vocabularies from an <see cref="EnterpriseRecord"/> with a switch the JIT turns into a
/// jump table: no reflection and no delegate per enterprise. Null means not reported.
/// </summary>
internal static class EnterpriseReaders
{
    public static bool? Read(EnterpriseRecord enterprise, EnterpriseAttribute attribute) => attribute switch
    {
        EnterpriseAttribute.AppliesRecp => enterprise.AppliesRecp,
        EnterpriseAttribute.AppliesRecpWithSavings => enterprise.AppliesRecpWithMeasuredSavings,
        EnterpriseAttribute.HoldsIsoSystem => enterprise.IsoSystems is { } systems ? systems.Count > 0 : null,
        EnterpriseAttribute.HoldsIso14001 => enterprise.IsoSystems is { } systems ? systems.Contains(IsoStandard.Iso14001) : null,
        EnterpriseAttribute.HoldsIso50001 => enterprise.IsoSystems is { } systems ? systems.Contains(IsoStandard.Iso50001) : null,
        EnterpriseAttribute.HasGrievanceProcedure => enterprise.HasGrievanceProcedure,
        EnterpriseAttribute.DisclosesInformation => enterprise.DisclosesInformation,
        EnterpriseAttribute.AppliesGenderEquality => enterprise.AppliesGenderEquality,
        EnterpriseAttribute.HasAntiHarassmentRules => enterprise.HasAntiHarassmentRules,
        _ => throw new ArgumentOutOfRangeException(nameof(attribute), attribute, null),
    };

    public static int? Read(EnterpriseRecord enterprise, PopulationField field) => field switch
    {
        PopulationField.Workforce => enterprise.Workforce,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
