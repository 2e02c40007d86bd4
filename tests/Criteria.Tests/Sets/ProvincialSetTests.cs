using Certification.Criteria.Catalogue;
using Certification.Criteria.Evaluation;
using Certification.Criteria.Inputs;
using Certification.Criteria.Sets;
using Certification.Criteria.Tests.Fixtures;
using Certification.Criteria.Wording;

namespace Certification.Criteria.Tests.Sets;

/// <summary>
/// A provincial set (Đồng Nai 2026 targets, a test resource) loads, publishes and evaluates beside the national set
/// on the same park data: nothing about the national set is built into the engine.
/// </summary>
public class ProvincialSetTests
{
    private const string FileName = "dong-nai-2026.json";

    [Fact]
    public void Load_DongNaiSet_LoadsWithoutProblems()
    {
        var set = TestSetFiles.LoadValid(TestSetFiles.ReadText(FileName), FileName);

        Assert.Equal("dong-nai-provincial-targets", set.SetId);
        Assert.Equal(["DN.1", "DN.2"], set.Indicators.Select(i => i.Code));
    }

    [Fact]
    public void Evaluate_ParkWith15PercentRecp_MeetsTheProvincialTargetButNotTheNationalOne()
    {
        var catalogue = IndicatorSetCatalogue.WithNationalSets();
        Assert.True(catalogue.Publish(FileName, TestSetFiles.ReadText(FileName)).Succeeded);
        var answers = Parks.AllYes(Parks.NationalYesNoCodes);
        answers["DN.2"] = new YesNoAnswer(true) { EvidenceIds = ["ev-energy"] };
        var park = Parks.Compliant() with { Answers = answers, Enterprises = Enterprises.Many(40, 6, "appliesRecpWithSavings") };

        var national = catalogue.Latest(NationalIndicatorSets.EcoIndustrialParkSetId)!.Evaluate(park, Parks.EvaluationDate, Language.English);
        var provincial = catalogue.Latest("dong-nai-provincial-targets")!.Evaluate(park, Parks.EvaluationDate, Language.English);

        Assert.Equal(IndicatorOutcome.NotMet, national.Find("ENV.2")!.Outcome);
        Assert.Equal("6 of 40 enterprises = 15.0 % < 20 %", national.Find("ENV.2")!.Sentence);
        Assert.Equal(IndicatorOutcome.Met, provincial.Find("DN.1")!.Outcome);
        Assert.Equal("6 of 40 enterprises = 15.0 % ≥ 10 %", provincial.Find("DN.1")!.Sentence);
        Assert.Equal(IndicatorOutcome.Met, provincial.Find("DN.2")!.Outcome);
        Assert.True(provincial.AllMandatoryMet);
        Assert.False(national.AllMandatoryMet);
        Assert.Equal(("dong-nai-provincial-targets", 1), (provincial.SetId, provincial.SetVersion));
    }

    [Fact]
    public void Evaluate_ParkBelow10PercentRecp_GapNamesEnterprisesNeeded()
    {
        var set = TestSetFiles.LoadValid(TestSetFiles.ReadText(FileName), FileName);
        var park = new ParkEvaluationData { Stage = ParkStage.Existing, Enterprises = Enterprises.Many(52, 2, "appliesRecpWithSavings") };

        var evaluation = set.Evaluate(park, Parks.EvaluationDate, Language.Vietnamese);

        Assert.Equal(["DN.1", "DN.2"], evaluation.Gaps.Select(g => g.Code));
        Assert.Equal("Cần thêm 4 doanh nghiệp áp dụng RECP có tiết kiệm đo được.", evaluation.Gaps[0].Sentence);
    }
}
