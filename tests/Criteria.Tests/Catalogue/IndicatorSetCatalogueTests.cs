using Certification.Criteria.Catalogue;
using Certification.Criteria.Loading;
using Certification.Criteria.Sets;
using Certification.Criteria.Tests.Fixtures;

namespace Certification.Criteria.Tests.Catalogue;

public class IndicatorSetCatalogueTests
{
    [Fact]
    public void WithNationalSets_NewCatalogue_HoldsBothNationalSets()
    {
        var catalogue = IndicatorSetCatalogue.WithNationalSets();

        Assert.Equal([NationalIndicatorSets.EcoEnterpriseSetId, NationalIndicatorSets.EcoIndustrialParkSetId], catalogue.SetIds);
        Assert.Same(NationalIndicatorSets.EcoIndustrialPark, catalogue.Find(NationalIndicatorSets.EcoIndustrialParkSetId, 1));
    }

    [Fact]
    public void Publish_ValidNewVersion_BecomesLatest()
    {
        var catalogue = new IndicatorSetCatalogue();
        catalogue.Publish("v1.json", SetJson.ValidPark);

        var result = catalogue.Publish("v2.json", Version(2, "2026-01-01"));

        Assert.True(result.Succeeded);
        Assert.Equal(2, catalogue.Latest("test-park")!.Version);
        Assert.Equal([1, 2], catalogue.Versions("test-park").Select(s => s.Version));
    }

    [Fact]
    public void Publish_BadFile_LeavesThePublishedVersionInPlace()
    {
        var catalogue = new IndicatorSetCatalogue();
        var good = catalogue.Publish("v1.json", SetJson.ValidPark).Set!;
        var bad = SetJson.With(r =>
        {
            r["version"] = 2;
            SetJson.Indicator(r, 1)["threshold"] = 200;
        });

        var result = catalogue.Publish("v2.json", bad);

        Assert.False(result.Succeeded);
        Assert.Equal(ValidationProblemKind.ThresholdOutOfRange, Assert.Single(result.Problems).Kind);
        Assert.Same(good, catalogue.Latest("test-park"));
        Assert.Single(catalogue.Versions("test-park"));
    }

    [Fact]
    public void Publish_SameIdAndVersionAgain_IsRejectedAndTheFirstIsKept()
    {
        var catalogue = new IndicatorSetCatalogue();
        var first = catalogue.Publish("v1.json", SetJson.ValidPark).Set!;
        var changed = SetJson.With(r => SetJson.Indicator(r, 1)["threshold"] = 30);

        var result = catalogue.Publish("v1-again.json", changed);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((ValidationProblemKind.VersionAlreadyPublished, "v1-again.json"), (problem.Kind, problem.FileName));
        Assert.Same(first, catalogue.Find("test-park", 1));
    }

    [Theory]
    [InlineData("2024-12-31", null)]
    [InlineData("2025-01-01", 1)]
    [InlineData("2025-12-31", 1)]
    [InlineData("2026-01-01", 2)]
    [InlineData("2030-06-30", 2)]
    public void EffectiveOn_Date_ReturnsTheHighestVersionInForce(string date, int? expectedVersion)
    {
        var catalogue = new IndicatorSetCatalogue();
        catalogue.Publish("v1.json", SetJson.ValidPark);
        catalogue.Publish("v2.json", Version(2, "2026-01-01"));

        var set = catalogue.EffectiveOn("test-park", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expectedVersion, set?.Version);
    }

    [Fact]
    public void Find_UnknownSet_ReturnsNull()
    {
        var catalogue = IndicatorSetCatalogue.WithNationalSets();

        Assert.Null(catalogue.Find("nope", 1));
        Assert.Null(catalogue.Latest("nope"));
        Assert.Empty(catalogue.Versions("nope"));
    }

    private static string Version(int version, string effectiveDate) => SetJson.With(r =>
    {
        r["version"] = version;
        r["effectiveDate"] = effectiveDate;
    });
}
