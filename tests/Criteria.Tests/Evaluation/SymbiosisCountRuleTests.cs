using Certification.Criteria.Evaluation;
using Certification.Criteria.Inputs;
using Certification.Criteria.Sets;
using Certification.Criteria.Tests.Fixtures;
using Certification.Criteria.Wording;

namespace Certification.Criteria.Tests.Evaluation;

public class SymbiosisCountRuleTests
{
    private static readonly DateOnly Day = Parks.EvaluationDate;

    /// <summary>start, end (null: open), whether the link operates on the evaluation date 2025-06-30.</summary>
    public static readonly TheoryData<DateOnly, DateOnly?, bool> LinkPeriods = new()
    {
        { new DateOnly(2024, 1, 1), null, true },
        { new DateOnly(2025, 6, 30), null, true },
        { new DateOnly(2025, 7, 1), null, false },
        { new DateOnly(2024, 1, 1), new DateOnly(2025, 6, 30), false },
        { new DateOnly(2024, 1, 1), new DateOnly(2025, 7, 1), true },
        { new DateOnly(2024, 1, 1), new DateOnly(2025, 3, 1), false },
    };

    [Theory]
    [MemberData(nameof(LinkPeriods))]
    public void Evaluate_Env1WithOneLink_IsMetOnlyWhileTheLinkOperates(DateOnly start, DateOnly? end, bool operates)
    {
        var park = new ParkEvaluationData { Stage = ParkStage.Existing, SymbiosisLinks = [Parks.Link("L1", start: start, end: end)] };

        var result = Evaluate(park);

        Assert.Equal(operates ? IndicatorOutcome.Met : IndicatorOutcome.NotMet, result.Outcome);
        Assert.Equal(operates ? 1m : 0m, result.Value);
    }

    [Fact]
    public void Evaluate_Env1WithAnEndedAndAnOperatingLink_CountsOnlyTheOperatingOneWithItsEvidence()
    {
        var park = new ParkEvaluationData
        {
            Stage = ParkStage.Existing,
            SymbiosisLinks = [Parks.Link("ended", end: new DateOnly(2025, 1, 1)), Parks.Link("running")],
        };

        var result = Evaluate(park, Language.English);

        Assert.Equal(["running"], result.LinkIds);
        Assert.Equal(["ev-running"], result.EvidenceIds);
        Assert.Equal("1 symbiosis link operating on 2025-06-30 ≥ 1", result.Sentence);
    }

    [Fact]
    public void Evaluate_Env1WithoutLinks_IsNotMetAndAsksForOneMoreLink()
    {
        var english = Evaluate(new ParkEvaluationData { Stage = ParkStage.Existing }, Language.English);
        var vietnamese = Evaluate(new ParkEvaluationData { Stage = ParkStage.Existing }, Language.Vietnamese);

        Assert.Equal(IndicatorOutcome.NotMet, english.Outcome);
        Assert.Equal("0 symbiosis links operating on 2025-06-30 < 1", english.Sentence);
        Assert.Equal("Add 1 more operating symbiosis link.", english.Remedy);
        Assert.Equal("0 liên kết cộng sinh đang hoạt động ngày 30/06/2025 < 1", vietnamese.Sentence);
    }

    [Fact]
    public void Evaluate_CountWithFilter_CountsOnlyMatchingLocationAndType()
    {
        var set = TestSetFiles.LoadValid(SetJson.ValidPark);
        var park = new ParkEvaluationData
        {
            Stage = ParkStage.Existing,
            SymbiosisLinks =
            [
                Parks.Link("match"),
                Parks.Link("town") with { PartnerLocation = PartnerLocation.Town },
                Parks.Link("services") with { Type = SymbiosisType.SharedServices },
            ],
        };

        var result = set.Evaluate(park, Day, Language.English).Find("CNT.1")!;

        Assert.Equal(["match"], result.LinkIds);
        Assert.Equal("1 symbiosis link operating on 2025-06-30 (partners: same park; types: input/output exchange) ≥ 1", result.Sentence);
    }

    private static IndicatorResult Evaluate(ParkEvaluationData park, Language language = Language.English) =>
        NationalIndicatorSets.EcoIndustrialPark.Evaluate(park, Day, language).Find("ENV.1")!;
}
