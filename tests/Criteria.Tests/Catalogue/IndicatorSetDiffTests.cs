using System.Text.Json.Nodes;
using Certification.Criteria.Catalogue;
using Certification.Criteria.Sets;
using Certification.Criteria.Tests.Fixtures;

namespace Certification.Criteria.Tests.Catalogue;

public class IndicatorSetDiffTests
{
    [Fact]
    public void Compare_SameDefinitionNewVersion_IsEmpty()
    {
        var next = TestSetFiles.LoadValid(Change(r => r["version"] = 2));

        var diff = IndicatorSetDiff.Compare(NationalIndicatorSets.EcoIndustrialPark, next);

        Assert.True(diff.IsEmpty);
    }

    [Fact]
    public void Compare_ThresholdWrittenWithTrailingZero_IsNotAChange()
    {
        var next = TestSetFiles.LoadValid(Change(r => IndicatorByCode(r, "ENV.2")["threshold"] = JsonNode.Parse("20.0")));

        Assert.True(IndicatorSetDiff.Compare(NationalIndicatorSets.EcoIndustrialPark, next).IsEmpty);
    }

    [Fact]
    public void Compare_EditedVersion_ListsAddedRemovedAndChangedFields()
    {
        var next = TestSetFiles.LoadValid(Change(r =>
        {
            r["version"] = 2;
            r["effectiveDate"] = "2026-01-01";
            IndicatorByCode(r, "ENV.2")["threshold"] = 25;
            IndicatorByCode(r, "SOC.1")["mandatory"] = true;
            IndicatorByCode(r, "ENV.4")["title"]!["en"] = "A greenhouse-gas programme";
            var indicators = r["indicators"]!.AsArray();
            indicators.Remove(IndicatorByCode(r, "ECO.6"));
            var added = IndicatorByCode(r, "ECO.5").DeepClone().AsObject();
            added["code"] = "ECO.7";
            indicators.Add(added);
        }));

        var diff = IndicatorSetDiff.Compare(NationalIndicatorSets.EcoIndustrialPark, next);

        Assert.False(diff.IsEmpty);
        Assert.Equal([new FieldChange("effectiveDate", "2025-01-24", "2026-01-01")], diff.SetChanges);
        Assert.Equal(["ECO.7"], diff.Added.Select(i => i.Code));
        Assert.Equal(["ECO.6"], diff.Removed.Select(i => i.Code));
        Assert.Equal(["ENV.2", "ENV.4", "SOC.1"], diff.Changed.Select(c => c.Code));
        Assert.Equal([new FieldChange("threshold", "20", "25")], diff.Changed[0].Fields);
        Assert.Equal([new FieldChange("title.en", "A programme to monitor and cut greenhouse-gas emissions", "A greenhouse-gas programme")], diff.Changed[1].Fields);
        Assert.Equal([new FieldChange("mandatory", "false", "true")], diff.Changed[2].Fields);
    }

    [Fact]
    public void Compare_KindAndFilterChanged_ListsEachField()
    {
        var before = TestSetFiles.LoadValid(SetJson.ValidPark);
        var after = TestSetFiles.LoadValid(SetJson.With(r =>
        {
            r["version"] = 2;
            var ratio = SetJson.Indicator(r, 1);
            ratio["attribute"] = "appliesRecp";
            ratio.Remove("population");
            ratio["comparison"] = ">";
            SetJson.Indicator(r, 2)["symbiosisFilter"]!["types"] = new JsonArray("inputOutputExchange", "sharedServices");
        }));

        var diff = IndicatorSetDiff.Compare(before, after);

        Assert.Equal(
            [
                new FieldChange("attribute", "appliesRecpWithSavings", "appliesRecp"),
                new FieldChange("population", "workforce > 100", null),
                new FieldChange("comparison", ">=", ">"),
            ],
            diff.Changed.Single(c => c.Code == "RAT.1").Fields);
        Assert.Equal(
            [new FieldChange("symbiosisFilter", "partnerLocations: [samePark]; types: [inputOutputExchange]", "partnerLocations: [samePark]; types: [inputOutputExchange, sharedServices]")],
            diff.Changed.Single(c => c.Code == "CNT.1").Fields);
    }

    [Fact]
    public void Compare_DifferentSetIds_Throws()
    {
        Assert.Throws<ArgumentException>(() => IndicatorSetDiff.Compare(NationalIndicatorSets.EcoIndustrialPark, NationalIndicatorSets.EcoEnterprise));
    }

    private static string Change(Action<JsonObject> change)
    {
        var root = SetJson.Parse(NationalIndicatorSets.EcoIndustrialParkJson);
        change(root);
        return SetJson.Write(root);
    }

    private static JsonObject IndicatorByCode(JsonObject root, string code) =>
        root["indicators"]!.AsArray().Single(i => i!["code"]!.GetValue<string>() == code)!.AsObject();
}
