using System.Text;
using System.Text.Json.Nodes;
using Certification.Criteria.Indicators;
using Certification.Criteria.Inputs;
using Certification.Criteria.Loading;
using Certification.Criteria.Tests.Fixtures;

namespace Certification.Criteria.Tests.Loading;

public class IndicatorSetLoaderTests
{
    /// <summary>One case per problem kind (some kinds twice): the name of a one-change mutation of the valid set, the kind and the path expected.</summary>
    public static readonly TheoryData<string, ValidationProblemKind, string> ProblemCases = new()
    {
        { "mandatory is a string", ValidationProblemKind.WrongType, "$.indicators[0].mandatory" },
        { "reviewingBody missing", ValidationProblemKind.MissingField, "$.indicators[0].reviewingBody" },
        { "misspelt property", ValidationProblemKind.UnknownProperty, "$.indicators[0].mandatroy" },
        { "property twice", ValidationProblemKind.DuplicateProperty, "$.indicators[0].mandatory" },
        { "set id with spaces", ValidationProblemKind.InvalidSetId, "$.setId" },
        { "version zero", ValidationProblemKind.InvalidVersion, "$.version" },
        { "version fractional", ValidationProblemKind.InvalidVersion, "$.version" },
        { "month 13", ValidationProblemKind.InvalidDate, "$.effectiveDate" },
        { "blank legal basis", ValidationProblemKind.EmptyText, "$.legalBasis" },
        { "blank legal reference", ValidationProblemKind.EmptyText, "$.indicators[2].legalReference" },
        { "Vietnamese title missing", ValidationProblemKind.MissingVietnameseTitle, "$.indicators[0].title.vi" },
        { "Vietnamese set title blank", ValidationProblemKind.MissingVietnameseTitle, "$.title.vi" },
        { "English title blank", ValidationProblemKind.MissingEnglishTitle, "$.indicators[1].title.en" },
        { "English title missing", ValidationProblemKind.MissingEnglishTitle, "$.indicators[3].title.en" },
        { "subject kind zone", ValidationProblemKind.UnknownSubjectKind, "$.subjectKind" },
        { "no indicators", ValidationProblemKind.EmptyIndicatorList, "$.indicators" },
        { "code lower-case", ValidationProblemKind.InvalidCode, "$.indicators[0].code" },
        { "code used twice", ValidationProblemKind.DuplicateCode, "$.indicators[1].code" },
        { "group unknown", ValidationProblemKind.UnknownGroup, "$.indicators[0].group" },
        { "kind unknown", ValidationProblemKind.UnknownKind, "$.indicators[0].kind" },
        { "attribute kind in park set", ValidationProblemKind.NotAllowedForSubjectKind, "$.indicators[1].kind" },
        { "unit on yes/no", ValidationProblemKind.NotAllowedForKind, "$.indicators[0].unit" },
        { "threshold on yes/no", ValidationProblemKind.NotAllowedForKind, "$.indicators[0].threshold" },
        { "attribute unknown", ValidationProblemKind.UnknownEnterpriseAttribute, "$.indicators[1].attribute" },
        { "population field unknown", ValidationProblemKind.UnknownPopulationField, "$.indicators[1].population.field" },
        { "population value negative", ValidationProblemKind.InvalidPopulationValue, "$.indicators[1].population.value" },
        { "comparison unknown", ValidationProblemKind.UnknownComparison, "$.indicators[1].comparison" },
        { "comparison without threshold", ValidationProblemKind.IncompleteThreshold, "$.indicators[1].threshold" },
        { "threshold without comparison", ValidationProblemKind.IncompleteThreshold, "$.indicators[4].comparison" },
        { "ratio threshold 120", ValidationProblemKind.ThresholdOutOfRange, "$.indicators[1].threshold" },
        { "ratio threshold negative", ValidationProblemKind.ThresholdOutOfRange, "$.indicators[1].threshold" },
        { "count threshold fractional", ValidationProblemKind.ThresholdOutOfRange, "$.indicators[2].threshold" },
        { "applicability unknown", ValidationProblemKind.UnknownApplicability, "$.indicators[0].applicability" },
        { "reviewing body MONRE", ValidationProblemKind.UnknownReviewingBody, "$.indicators[0].reviewingBody" },
        { "evidence type with spaces", ValidationProblemKind.InvalidEvidenceType, "$.indicators[0].evidenceTypes[1]" },
        { "evidence type twice", ValidationProblemKind.InvalidEvidenceType, "$.indicators[0].evidenceTypes[1]" },
        { "provenance X", ValidationProblemKind.UnknownProvenance, "$.indicators[0].provenance" },
        { "symbiosis type unknown", ValidationProblemKind.UnknownSymbiosisType, "$.indicators[2].symbiosisFilter.types[0]" },
        { "partner location unknown", ValidationProblemKind.UnknownPartnerLocation, "$.indicators[2].symbiosisFilter.partnerLocations[0]" },
    };

    [Fact]
    public void Load_ValidSet_ReturnsSetWithEveryIndicator()
    {
        var result = IndicatorSetLoader.Load("test.json", SetJson.ValidPark);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        Assert.Empty(result.Problems);
        var set = result.Set!;
        Assert.Equal(("test-park", 1, new DateOnly(2025, 1, 1), SubjectKind.Park), (set.SetId, set.Version, set.EffectiveDate, set.SubjectKind));
        Assert.Equal(["YN.1", "RAT.1", "CNT.1", "QR.1", "NUM.1"], set.Indicators.Select(i => i.Code));
        var ratio = set.Find("RAT.1")!;
        Assert.Equal(EnterpriseAttribute.AppliesRecpWithSavings, ratio.Attribute);
        Assert.Equal(new PopulationFilter(PopulationField.Workforce, ComparisonOperator.MoreThan, 100), ratio.Population);
        Assert.Equal(new Threshold(ComparisonOperator.AtLeast, 20m), ratio.Threshold);
        var count = set.Find("CNT.1")!;
        Assert.Equal([PartnerLocation.SamePark], count.SymbiosisFilter!.PartnerLocations);
        Assert.Equal([SymbiosisType.InputOutputExchange], count.SymbiosisFilter.Types);
        Assert.Null(set.Find("QR.1")!.Threshold);
        Assert.Equal(Applicability.ExistingParkOnly, set.Find("QR.1")!.Applicability);
        Assert.Equal(Applicability.Always, set.Find("YN.1")!.Applicability);
        Assert.Equal(Provenance.DesignDefault, set.Find("NUM.1")!.Provenance);
        Assert.Equal("Bộ thử nghiệm", set.Title.Vietnamese);
    }

    [Theory]
    [MemberData(nameof(ProblemCases))]
    public void Load_FileWithOneProblem_ReportsExactlyThatProblemWithFileNamePathAndLine(string mutation, ValidationProblemKind kind, string path)
    {
        var result = IndicatorSetLoader.Load("upload.json", Mutate(mutation));

        Assert.False(result.Succeeded);
        Assert.Null(result.Set);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(kind, problem.Kind);
        Assert.Equal(path, problem.JsonPath);
        Assert.Equal("upload.json", problem.FileName);
        Assert.NotNull(problem.Line);
        Assert.False(string.IsNullOrWhiteSpace(problem.Reason));
    }

    [Fact]
    public void Load_EveryProblemKindButMalformedAndPublished_IsCoveredByAProblemCase()
    {
        var covered = ProblemCases.Select(row => (ValidationProblemKind)row[1]).ToHashSet();
        var expected = Enum.GetValues<ValidationProblemKind>()
            .Except([ValidationProblemKind.MalformedJson, ValidationProblemKind.VersionAlreadyPublished]);

        Assert.Empty(expected.Except(covered));
    }

    [Fact]
    public void Load_MalformedJson_ReportsLineNumber()
    {
        var json = "{\n  \"setId\": \"x\",\n  \"version\": 1\n  \"effectiveDate\": \"2025-01-01\"\n}";

        var result = IndicatorSetLoader.Load("broken.json", json);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ValidationProblemKind.MalformedJson, problem.Kind);
        Assert.Equal(4, problem.Line);
        Assert.StartsWith("broken.json(4): ", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SeveralProblems_ReportsEveryOneInLineOrder()
    {
        var json = SetJson.With(root =>
        {
            SetJson.Indicator(root, 0)["kind"] = "percentage";
            SetJson.Indicator(root, 1)["threshold"] = 150;
            SetJson.Indicator(root, 4)["title"]!.AsObject().Remove("vi");
        });

        var result = IndicatorSetLoader.Load("three.json", json);

        Assert.Equal(
            [ValidationProblemKind.UnknownKind, ValidationProblemKind.ThresholdOutOfRange, ValidationProblemKind.MissingVietnameseTitle],
            result.Problems.Select(p => p.Kind));
        Assert.True(result.Problems.Select(p => p.Line!.Value).SequenceEqual(result.Problems.Select(p => p.Line!.Value).Order()));
    }

    [Fact]
    public void Load_ProblemLine_IsTheLineOfTheOffendingProperty()
    {
        var json = SetJson.ValidPark.Replace("\"reviewingBody\": \"MAE\"", "\"reviewingBody\": \"MONRE\"", StringComparison.Ordinal);
        var expectedLine = json.Split('\n').ToList().FindIndex(l => l.Contains("MONRE", StringComparison.Ordinal)) + 1;

        var result = IndicatorSetLoader.Load("t.json", json);

        var problems = result.Problems.Where(p => p.Kind == ValidationProblemKind.UnknownReviewingBody).ToList();
        Assert.Equal(2, problems.Count);
        Assert.Equal(expectedLine, problems[0].Line);
    }

    [Fact]
    public void Load_EnterpriseSetWithStageApplicability_ReportsNotAllowedForSubjectKind()
    {
        var json = EnterpriseSet("""{ "code": "X.1", "title": { "vi": "a", "en": "b" }, "group": "social", "kind": "yesNo", "applicability": "newlyEstablishedParkOnly", "mandatory": true, "reviewingBody": "DOIT", "evidenceTypes": [], "legalReference": "r", "provenance": "D" }""");

        var problem = Assert.Single(IndicatorSetLoader.Load("e.json", json).Problems);

        Assert.Equal((ValidationProblemKind.NotAllowedForSubjectKind, "$.indicators[0].applicability"), (problem.Kind, problem.JsonPath));
    }

    [Fact]
    public void Load_EnterpriseSetWithRatio_ReportsNotAllowedForSubjectKind()
    {
        var json = EnterpriseSet("""{ "code": "X.1", "title": { "vi": "a", "en": "b" }, "group": "social", "kind": "ratio", "attribute": "disclosesInformation", "mandatory": true, "reviewingBody": "DOIT", "evidenceTypes": [], "legalReference": "r", "provenance": "D" }""");

        var problem = Assert.Single(IndicatorSetLoader.Load("e.json", json).Problems);

        Assert.Equal((ValidationProblemKind.NotAllowedForSubjectKind, "$.indicators[0].kind"), (problem.Kind, problem.JsonPath));
    }

    [Fact]
    public void Load_StreamWithByteOrderMark_Loads()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(SetJson.ValidPark)).ToArray();

        var result = IndicatorSetLoader.Load("bom.json", new MemoryStream(bytes));

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Load_RootIsAnArray_ReportsWrongTypeAtRoot()
    {
        var problem = Assert.Single(IndicatorSetLoader.Load("a.json", "[]").Problems);

        Assert.Equal((ValidationProblemKind.WrongType, "$"), (problem.Kind, problem.JsonPath));
    }

    private static string EnterpriseSet(string indicator) => $$"""
        { "setId": "e", "version": 1, "effectiveDate": "2025-01-01", "legalBasis": "b", "title": { "vi": "a", "en": "b" },
          "subjectKind": "enterprise", "indicators": [ {{indicator}} ] }
        """;

    private static string Mutate(string mutation) => mutation switch
    {
        "mandatory is a string" => SetJson.With(r => SetJson.Indicator(r, 0)["mandatory"] = "yes"),
        "reviewingBody missing" => SetJson.With(r => SetJson.Indicator(r, 0).Remove("reviewingBody")),
        "misspelt property" => SetJson.With(r => SetJson.Indicator(r, 0)["mandatroy"] = true),
        "property twice" => SetJson.ValidPark.Replace("\"mandatory\": true,\n      \"reviewingBody\": \"MOF\"", "\"mandatory\": true,\n      \"mandatory\": false,\n      \"reviewingBody\": \"MOF\"", StringComparison.Ordinal),
        "set id with spaces" => SetJson.With(r => r["setId"] = "Test Park"),
        "version zero" => SetJson.With(r => r["version"] = 0),
        "version fractional" => SetJson.With(r => r["version"] = 1.5),
        "month 13" => SetJson.With(r => r["effectiveDate"] = "2025-13-01"),
        "blank legal basis" => SetJson.With(r => r["legalBasis"] = "  "),
        "blank legal reference" => SetJson.With(r => SetJson.Indicator(r, 2)["legalReference"] = ""),
        "Vietnamese title missing" => SetJson.With(r => SetJson.Indicator(r, 0)["title"]!.AsObject().Remove("vi")),
        "Vietnamese set title blank" => SetJson.With(r => r["title"]!["vi"] = " "),
        "English title blank" => SetJson.With(r => SetJson.Indicator(r, 1)["title"]!["en"] = ""),
        "English title missing" => SetJson.With(r => SetJson.Indicator(r, 3)["title"]!.AsObject().Remove("en")),
        "subject kind zone" => SetJson.With(r => r["subjectKind"] = "zone"),
        "no indicators" => SetJson.With(r => r["indicators"] = new JsonArray()),
        "code lower-case" => SetJson.With(r => SetJson.Indicator(r, 0)["code"] = "env-1"),
        "code used twice" => SetJson.With(r => SetJson.Indicator(r, 1)["code"] = "YN.1"),
        "group unknown" => SetJson.With(r => SetJson.Indicator(r, 0)["group"] = "green"),
        "kind unknown" => SetJson.With(r => SetJson.Indicator(r, 0)["kind"] = "percentage"),
        "attribute kind in park set" => SetJson.With(r =>
        {
            var ratio = SetJson.Indicator(r, 1);
            ratio["kind"] = "attribute";
            ratio.Remove("comparison");
            ratio.Remove("threshold");
        }),
        "unit on yes/no" => SetJson.With(r => SetJson.Indicator(r, 0)["unit"] = "kWh"),
        "threshold on yes/no" => SetJson.With(r => SetJson.Indicator(r, 0)["threshold"] = 1),
        "attribute unknown" => SetJson.With(r => SetJson.Indicator(r, 1)["attribute"] = "appliesMagic"),
        "population field unknown" => SetJson.With(r => SetJson.Indicator(r, 1)["population"]!["field"] = "revenue"),
        "population value negative" => SetJson.With(r => SetJson.Indicator(r, 1)["population"]!["value"] = -5),
        "comparison unknown" => SetJson.With(r => SetJson.Indicator(r, 1)["comparison"] = "=>"),
        "comparison without threshold" => SetJson.With(r => SetJson.Indicator(r, 1).Remove("threshold")),
        "threshold without comparison" => SetJson.With(r => SetJson.Indicator(r, 4).Remove("comparison")),
        "ratio threshold 120" => SetJson.With(r => SetJson.Indicator(r, 1)["threshold"] = 120),
        "ratio threshold negative" => SetJson.With(r => SetJson.Indicator(r, 1)["threshold"] = -0.5),
        "count threshold fractional" => SetJson.With(r => SetJson.Indicator(r, 2)["threshold"] = 1.5),
        "applicability unknown" => SetJson.With(r => SetJson.Indicator(r, 0)["applicability"] = "sometimes"),
        "reviewing body MONRE" => SetJson.With(r => SetJson.Indicator(r, 0)["reviewingBody"] = "MONRE"),
        "evidence type with spaces" => SetJson.With(r => SetJson.Indicator(r, 0)["evidenceTypes"] = new JsonArray("plan-document", "Site Photo")),
        "evidence type twice" => SetJson.With(r => SetJson.Indicator(r, 0)["evidenceTypes"] = new JsonArray("plan-document", "plan-document")),
        "provenance X" => SetJson.With(r => SetJson.Indicator(r, 0)["provenance"] = "X"),
        "symbiosis type unknown" => SetJson.With(r => SetJson.Indicator(r, 2)["symbiosisFilter"]!["types"] = new JsonArray("barter")),
        "partner location unknown" => SetJson.With(r => SetJson.Indicator(r, 2)["symbiosisFilter"]!["partnerLocations"] = new JsonArray("moon")),
        _ => throw new ArgumentOutOfRangeException(nameof(mutation), mutation, null),
    };
}
