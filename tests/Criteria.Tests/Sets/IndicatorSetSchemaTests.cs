using System.Text.Json.Nodes;
using Certification.Criteria.Indicators;
using Certification.Criteria.Inputs;
using Certification.Criteria.Loading;
using Certification.Criteria.Sets;

namespace Certification.Criteria.Tests.Sets;

/// <summary>Keeps the published schema and the loader in step: same property names, same vocabularies.</summary>
public class IndicatorSetSchemaTests
{
    private static readonly JsonObject Schema = JsonNode.Parse(IndicatorSetSchema.Json)!.AsObject();

    public static readonly TheoryData<string, string> VocabularyLocations = new()
    {
        { nameof(SubjectKind), "properties.subjectKind.enum" },
        { nameof(IndicatorGroup), "$defs.indicator.properties.group.enum" },
        { nameof(IndicatorKind), "$defs.indicator.properties.kind.enum" },
        { nameof(EnterpriseAttribute), "$defs.indicator.properties.attribute.enum" },
        { nameof(Applicability), "$defs.indicator.properties.applicability.enum" },
        { nameof(ReviewingBody), "$defs.indicator.properties.reviewingBody.enum" },
        { nameof(Provenance), "$defs.indicator.properties.provenance.enum" },
        { nameof(ComparisonOperator), "$defs.comparison.enum" },
        { nameof(PopulationField), "$defs.populationFilter.properties.field.enum" },
        { nameof(PartnerLocation), "$defs.symbiosisFilter.properties.partnerLocations.items.enum" },
        { nameof(SymbiosisType), "$defs.symbiosisFilter.properties.types.items.enum" },
    };

    [Theory]
    [MemberData(nameof(VocabularyLocations))]
    public void Schema_Vocabulary_EqualsLoaderVocabulary(string vocabulary, string location)
    {
        var names = vocabulary switch
        {
            nameof(SubjectKind) => IndicatorVocabulary.NamesOf<SubjectKind>(),
            nameof(IndicatorGroup) => IndicatorVocabulary.NamesOf<IndicatorGroup>(),
            nameof(IndicatorKind) => IndicatorVocabulary.NamesOf<IndicatorKind>(),
            nameof(EnterpriseAttribute) => IndicatorVocabulary.NamesOf<EnterpriseAttribute>(),
            nameof(Applicability) => IndicatorVocabulary.NamesOf<Applicability>(),
            nameof(ReviewingBody) => IndicatorVocabulary.NamesOf<ReviewingBody>(),
            nameof(Provenance) => IndicatorVocabulary.NamesOf<Provenance>(),
            nameof(ComparisonOperator) => IndicatorVocabulary.NamesOf<ComparisonOperator>(),
            nameof(PopulationField) => IndicatorVocabulary.NamesOf<PopulationField>(),
            nameof(PartnerLocation) => IndicatorVocabulary.NamesOf<PartnerLocation>(),
            nameof(SymbiosisType) => IndicatorVocabulary.NamesOf<SymbiosisType>(),
            _ => throw new ArgumentOutOfRangeException(nameof(vocabulary)),
        };

        var inSchema = At(location).AsArray().Select(n => n!.GetValue<string>());

        Assert.Equal(names, inSchema);
    }

    [Theory]
    [InlineData("properties", "root")]
    [InlineData("$defs.indicator.properties", "indicator")]
    [InlineData("$defs.localizedText.properties", "title")]
    [InlineData("$defs.populationFilter.properties", "population")]
    [InlineData("$defs.symbiosisFilter.properties", "symbiosisFilter")]
    public void Schema_PropertyNames_EqualLoaderPropertyNames(string location, string objectName)
    {
        var loader = objectName switch
        {
            "root" => IndicatorSetReader.RootProperties,
            "indicator" => IndicatorReader.IndicatorProperties,
            "title" => IndicatorSetReader.TitleProperties,
            "population" => IndicatorReader.PopulationProperties,
            _ => IndicatorReader.SymbiosisFilterProperties,
        };

        Assert.Equal(loader.Order(), At(location).AsObject().Select(p => p.Key).Order());
    }

    [Fact]
    public void Schema_RootRequired_IsEveryRootPropertyButSchema()
    {
        var required = At("required").AsArray().Select(n => n!.GetValue<string>());

        Assert.Equal(IndicatorSetReader.RootProperties.Except(["$schema"]).Order(), required.Order());
    }

    [Fact]
    public void Schema_ShippedSets_ReferenceTheSchemaFileName()
    {
        var park = JsonNode.Parse(NationalIndicatorSets.EcoIndustrialParkJson)!;

        Assert.Equal($"./{IndicatorSetSchema.FileName}", park["$schema"]!.GetValue<string>());
    }

    private static JsonNode At(string location) =>
        location.Split('.').Aggregate((JsonNode)Schema, (node, key) => node[key] ?? throw new InvalidOperationException($"Schema has no {location}"));
}
