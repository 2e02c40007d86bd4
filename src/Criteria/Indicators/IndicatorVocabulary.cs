using Certification.Criteria.Inputs;

namespace Certification.Criteria.Indicators;

/// <summary>
/// The fixed vocabularies of the indicator-set JSON format: the JSON name of every enum value the
/// format uses. This is the single place names are defined; <c>Sets/indicator-set.schema.json</c> lists
/// the same names, and a test keeps the two equal.
/// </summary>
public static class IndicatorVocabulary
{
    private static readonly NameTable<SubjectKind> SubjectKinds = new(
        (SubjectKind.Park, "park"),
        (SubjectKind.Enterprise, "enterprise"));

    private static readonly NameTable<IndicatorKind> Kinds = new(
        (IndicatorKind.YesNo, "yesNo"),
        (IndicatorKind.Count, "count"),
        (IndicatorKind.Ratio, "ratio"),
        (IndicatorKind.QuantityRatio, "quantityRatio"),
        (IndicatorKind.Number, "number"),
        (IndicatorKind.Attribute, "attribute"));

    private static readonly NameTable<IndicatorGroup> Groups = new(
        (IndicatorGroup.LegalBasis, "legalBasis"),
        (IndicatorGroup.Infrastructure, "infrastructure"),
        (IndicatorGroup.ParkManagement, "parkManagement"),
        (IndicatorGroup.Environment, "environment"),
        (IndicatorGroup.Social, "social"),
        (IndicatorGroup.Economic, "economic"));

    private static readonly NameTable<ComparisonOperator> Operators = new(
        (ComparisonOperator.AtLeast, ">="),
        (ComparisonOperator.MoreThan, ">"),
        (ComparisonOperator.AtMost, "<="),
        (ComparisonOperator.LessThan, "<"),
        (ComparisonOperator.EqualTo, "=="));

    private static readonly NameTable<Applicability> Applicabilities = new(
        (Applicability.Always, "always"),
        (Applicability.NewlyEstablishedParkOnly, "newlyEstablishedParkOnly"),
        (Applicability.ExistingParkOnly, "existingParkOnly"));

    private static readonly NameTable<EnterpriseAttribute> Attributes = new(
        (EnterpriseAttribute.AppliesRecp, "appliesRecp"),
        (EnterpriseAttribute.AppliesRecpWithSavings, "appliesRecpWithSavings"),
        (EnterpriseAttribute.HoldsIsoSystem, "holdsIsoSystem"),
        (EnterpriseAttribute.HoldsIso14001, "holdsIso14001"),
        (EnterpriseAttribute.HoldsIso50001, "holdsIso50001"),
        (EnterpriseAttribute.HasGrievanceProcedure, "hasGrievanceProcedure"),
        (EnterpriseAttribute.DisclosesInformation, "disclosesInformation"),
        (EnterpriseAttribute.AppliesGenderEquality, "appliesGenderEquality"),
        (EnterpriseAttribute.HasAntiHarassmentRules, "hasAntiHarassmentRules"));

    private static readonly NameTable<PopulationField> PopulationFields = new(
        (PopulationField.Workforce, "workforce"));

    private static readonly NameTable<ReviewingBody> ReviewingBodies = new(
        (ReviewingBody.MinistryOfFinance, "MOF"),
        (ReviewingBody.MinistryOfAgricultureAndEnvironment, "MAE"),
        (ReviewingBody.MinistryOfScienceAndTechnology, "MOST"),
        (ReviewingBody.MinistryOfIndustryAndTrade, "MOIT"),
        (ReviewingBody.MinistryOfConstruction, "MOC"),
        (ReviewingBody.DepartmentOfFinance, "DOF"),
        (ReviewingBody.DepartmentOfAgricultureAndEnvironment, "DAE"),
        (ReviewingBody.DepartmentOfScienceAndTechnology, "DOST"),
        (ReviewingBody.DepartmentOfIndustryAndTrade, "DOIT"),
        (ReviewingBody.DepartmentOfConstruction, "DOC"));

    private static readonly NameTable<Provenance> Provenances = new(
        (Provenance.Law, "L"),
        (Provenance.Form, "F"),
        (Provenance.DesignDefault, "D"));

    private static readonly NameTable<SymbiosisType> SymbiosisTypes = new(
        (SymbiosisType.InputOutputExchange, "inputOutputExchange"),
        (SymbiosisType.SharedInfrastructure, "sharedInfrastructure"),
        (SymbiosisType.SharedServices, "sharedServices"),
        (SymbiosisType.OtherParkCooperation, "otherParkCooperation"),
        (SymbiosisType.Other, "other"));

    private static readonly NameTable<PartnerLocation> PartnerLocations = new(
        (PartnerLocation.SamePark, "samePark"),
        (PartnerLocation.OtherPark, "otherPark"),
        (PartnerLocation.Town, "town"));

    /// <summary>The JSON names of every value of <typeparamref name="TEnum"/>, in declaration order.</summary>
    /// <exception cref="ArgumentException">When <typeparamref name="TEnum"/> is not part of the format.</exception>
    public static IReadOnlyList<string> NamesOf<TEnum>()
        where TEnum : struct, Enum => TableOf<TEnum>().Names;

    /// <summary>The JSON name of <paramref name="value"/> (e.g. <c>"appliesRecpWithSavings"</c>, <c>"MAE"</c>, <c>"&gt;="</c>).</summary>
    /// <exception cref="ArgumentException">When <typeparamref name="TEnum"/> is not part of the format.</exception>
    public static string NameOf<TEnum>(TEnum value)
        where TEnum : struct, Enum => TableOf<TEnum>().NameOf(value);

    /// <summary>Parses a JSON name, case-sensitively; false when <paramref name="name"/> is not in the vocabulary.</summary>
    /// <exception cref="ArgumentException">When <typeparamref name="TEnum"/> is not part of the format.</exception>
    public static bool TryParse<TEnum>(string name, out TEnum value)
        where TEnum : struct, Enum => TableOf<TEnum>().TryParse(name, out value);

    private static NameTable<TEnum> TableOf<TEnum>()
        where TEnum : struct, Enum
    {
        object table = typeof(TEnum) switch
        {
            var t when t == typeof(SubjectKind) => SubjectKinds,
            var t when t == typeof(IndicatorKind) => Kinds,
            var t when t == typeof(IndicatorGroup) => Groups,
            var t when t == typeof(ComparisonOperator) => Operators,
            var t when t == typeof(Applicability) => Applicabilities,
            var t when t == typeof(EnterpriseAttribute) => Attributes,
            var t when t == typeof(PopulationField) => PopulationFields,
            var t when t == typeof(ReviewingBody) => ReviewingBodies,
            var t when t == typeof(Provenance) => Provenances,
            var t when t == typeof(SymbiosisType) => SymbiosisTypes,
            var t when t == typeof(PartnerLocation) => PartnerLocations,
            _ => throw new ArgumentException($"{typeof(TEnum).Name} is not part of the indicator-set format."),
        };
        return (NameTable<TEnum>)table;
    }
}
