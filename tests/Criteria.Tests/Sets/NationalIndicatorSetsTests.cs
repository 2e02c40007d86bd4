using Certification.Criteria.Indicators;
using Certification.Criteria.Loading;
using Certification.Criteria.Sets;

namespace Certification.Criteria.Tests.Sets;

public class NationalIndicatorSetsTests
{
    private static readonly string[] TwentyThreeNationalCodes =
    [
        "ENV.1", "ENV.2", "ENV.3", "ENV.4", "ENV.5", "ENV.6",
        "PM.1", "PM.2", "PM.3", "PM.4",
        "SOC.1", "SOC.2", "SOC.3", "SOC.4", "SOC.5", "SOC.6", "SOC.7",
        "ECO.1", "ECO.2", "ECO.3", "ECO.4", "ECO.5", "ECO.6",
    ];

    public static readonly TheoryData<string, ComparisonOperator, decimal> ParkThresholds = new()
    {
        { "ENV.1", ComparisonOperator.AtLeast, 1m },
        { "ENV.2", ComparisonOperator.AtLeast, 20m },
        { "SOC.1", ComparisonOperator.AtLeast, 75m },
        { "SOC.2", ComparisonOperator.AtLeast, 75m },
        { "SOC.4", ComparisonOperator.AtLeast, 75m },
        { "SOC.6", ComparisonOperator.AtLeast, 75m },
    };

    [Theory]
    [InlineData(NationalIndicatorSets.EcoIndustrialParkFileName)]
    [InlineData(NationalIndicatorSets.EcoEnterpriseFileName)]
    public void EmbeddedFile_Loads_WithoutProblems(string fileName)
    {
        var json = fileName == NationalIndicatorSets.EcoIndustrialParkFileName
            ? NationalIndicatorSets.EcoIndustrialParkJson
            : NationalIndicatorSets.EcoEnterpriseJson;

        var result = IndicatorSetLoader.Load(fileName, json);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
    }

    [Fact]
    public void EcoIndustrialPark_Codes_AreThe23NationalCodesPlusTheArticle37Criteria()
    {
        var codes = NationalIndicatorSets.EcoIndustrialPark.Indicators.Select(i => i.Code).ToList();

        Assert.Equal(TwentyThreeNationalCodes.Order(), codes.Where(c => c.StartsWith("ENV.") || c.StartsWith("PM.") || c.StartsWith("SOC.") || c.StartsWith("ECO.")).Order());
        Assert.Equal(["LEGAL.1", "SVC.1"], codes.Except(TwentyThreeNationalCodes));
        Assert.Equal(25, codes.Count);
    }

    [Fact]
    public void EcoIndustrialPark_Identity_IsAParkSetWithIdAndVersion1()
    {
        var set = NationalIndicatorSets.EcoIndustrialPark;

        Assert.Equal((NationalIndicatorSets.EcoIndustrialParkSetId, 1, SubjectKind.Park), (set.SetId, set.Version, set.SubjectKind));
    }

    [Theory]
    [MemberData(nameof(ParkThresholds))]
    public void EcoIndustrialPark_Threshold_IsTheDomainValue(string code, ComparisonOperator op, decimal value)
    {
        Assert.Equal(new Threshold(op, value), NationalIndicatorSets.EcoIndustrialPark.Find(code)!.Threshold);
    }

    [Fact]
    public void EcoIndustrialPark_Env3_IsAWastewaterShareWithoutThreshold()
    {
        var env3 = NationalIndicatorSets.EcoIndustrialPark.Find("ENV.3")!;

        Assert.Equal((IndicatorKind.QuantityRatio, "m3", (Threshold?)null, false), (env3.Kind, env3.Unit, env3.Threshold, env3.IsMandatory));
    }

    [Fact]
    public void EcoIndustrialPark_MandatoryIndicators_AreExactlyTheLawTaggedOnes()
    {
        var set = NationalIndicatorSets.EcoIndustrialPark;

        var mandatory = set.Indicators.Where(i => i.IsMandatory).Select(i => i.Code);
        var law = set.Indicators.Where(i => i.Provenance == Provenance.Law).Select(i => i.Code);

        Assert.Equal(["LEGAL.1", "SVC.1", "ENV.1", "ENV.2", "ENV.5", "PM.4"], mandatory);
        Assert.Equal(mandatory, law);
    }

    [Fact]
    public void EcoIndustrialPark_Pm4_AppliesOnlyToNewlyEstablishedParks()
    {
        Assert.Equal(Applicability.NewlyEstablishedParkOnly, NationalIndicatorSets.EcoIndustrialPark.Find("PM.4")!.Applicability);
    }

    [Fact]
    public void EcoIndustrialPark_Soc1AndSoc4_CountOverEnterprisesWithMoreThan100Workers()
    {
        var set = NationalIndicatorSets.EcoIndustrialPark;
        var expected = new PopulationFilter(PopulationField.Workforce, ComparisonOperator.MoreThan, 100);

        Assert.Equal(expected, set.Find("SOC.1")!.Population);
        Assert.Equal(expected, set.Find("SOC.4")!.Population);
        Assert.Null(set.Find("SOC.2")!.Population);
    }

    [Fact]
    public void EcoIndustrialPark_ReviewingBodies_AreMinistries()
    {
        var ministries = new[]
        {
            ReviewingBody.MinistryOfFinance, ReviewingBody.MinistryOfAgricultureAndEnvironment, ReviewingBody.MinistryOfScienceAndTechnology,
            ReviewingBody.MinistryOfIndustryAndTrade, ReviewingBody.MinistryOfConstruction,
        };

        Assert.All(NationalIndicatorSets.EcoIndustrialPark.Indicators, i => Assert.Contains(i.ReviewingBody, ministries));
    }

    [Fact]
    public void EcoEnterprise_Indicators_AreArticle37Point2MandatoryAndB5Optional()
    {
        var set = NationalIndicatorSets.EcoEnterprise;

        Assert.Equal((NationalIndicatorSets.EcoEnterpriseSetId, SubjectKind.Enterprise), (set.SetId, set.SubjectKind));
        Assert.Equal(["LEGAL.1", "SYM.1", "ISO.1", "RECP.1", "LOC.1"], set.Indicators.Where(i => i.IsMandatory).Select(i => i.Code));
        Assert.Equal(["SOC.1", "SOC.2", "SOC.4", "SOC.6"], set.Indicators.Where(i => !i.IsMandatory).Select(i => i.Code));
        Assert.Equal(EnterpriseAttribute.AppliesRecpWithSavings, set.Find("RECP.1")!.Attribute);
        Assert.Equal(new Threshold(ComparisonOperator.AtLeast, 1m), set.Find("SYM.1")!.Threshold);
    }

    [Fact]
    public void EcoEnterprise_ReviewingBodies_AreProvincialDepartments()
    {
        var departments = new[]
        {
            ReviewingBody.DepartmentOfAgricultureAndEnvironment, ReviewingBody.DepartmentOfScienceAndTechnology,
            ReviewingBody.DepartmentOfIndustryAndTrade, ReviewingBody.DepartmentOfConstruction,
        };

        Assert.All(NationalIndicatorSets.EcoEnterprise.Indicators, i => Assert.Contains(i.ReviewingBody, departments));
    }

    [Fact]
    public void NationalSets_EveryIndicator_HasDistinctVietnameseAndEnglishTitlesAndALegalReference()
    {
        var indicators = NationalIndicatorSets.EcoIndustrialPark.Indicators.Concat(NationalIndicatorSets.EcoEnterprise.Indicators);

        Assert.All(indicators, i =>
        {
            Assert.NotEqual(i.Title.Vietnamese, i.Title.English);
            Assert.False(string.IsNullOrWhiteSpace(i.LegalReference));
        });
    }
}
