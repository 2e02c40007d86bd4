using Certification.Criteria.Evaluation;
using Certification.Criteria.Inputs;
using Certification.Criteria.Sets;
using Certification.Criteria.Tests.Fixtures;
using Certification.Criteria.Wording;

namespace Certification.Criteria.Tests.Evaluation;

/// <summary>Indicators answered by the subject: yes/no, number and quantity ratio.</summary>
public class AnswerRuleTests
{
    private static readonly Lazy<Certification.Criteria.Indicators.IndicatorSet> TestSet = new(() => TestSetFiles.LoadValid(SetJson.ValidPark));

    /// <summary>NUM.1 is "≥ 10 kWh": reported value, expected outcome.</summary>
    public static readonly TheoryData<decimal, IndicatorOutcome> NumberEdges = new()
    {
        { 9.99m, IndicatorOutcome.NotMet },
        { 10m, IndicatorOutcome.Met },
        { 10.00m, IndicatorOutcome.Met },
        { 12_500.5m, IndicatorOutcome.Met },
    };

    [Fact]
    public void Evaluate_YesAnswer_IsMetWithEvidence()
    {
        var park = Park(("ENV.5", new YesNoAnswer(true) { EvidenceIds = ["ev-1", "ev-2"] }));

        var result = National(park, "ENV.5", Language.English);

        Assert.Equal(IndicatorOutcome.Met, result.Outcome);
        Assert.Equal("Answered yes (2 evidence items).", result.Sentence);
        Assert.Equal(["ev-1", "ev-2"], result.EvidenceIds);
    }

    [Fact]
    public void Evaluate_YesAnswerWithOneEvidenceItem_UsesTheSingularInEnglish()
    {
        var result = National(Park(("ENV.5", new YesNoAnswer(true) { EvidenceIds = ["ev-1"] })), "ENV.5", Language.English);

        Assert.Equal("Answered yes (1 evidence item).", result.Sentence);
    }

    [Fact]
    public void Evaluate_NoAnswer_IsNotMetAndAsksForYes()
    {
        var result = National(Park(("ENV.5", new YesNoAnswer(false))), "ENV.5", Language.Vietnamese);

        Assert.Equal(IndicatorOutcome.NotMet, result.Outcome);
        Assert.Equal("Trả lời: không.", result.Sentence);
        Assert.StartsWith("Cần đáp ứng: Cơ chế giám sát đầu vào", result.Remedy, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_MissingAnswer_IsNotReportedNotNotMet()
    {
        var result = National(Park(), "ENV.5", Language.English);

        Assert.Equal(IndicatorOutcome.NotReported, result.Outcome);
        Assert.Equal("Not reported.", result.Sentence);
        Assert.StartsWith("Report and attach evidence: A mechanism to monitor", result.Remedy, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AnswerOfWrongKind_IsNotReportedSayingSo()
    {
        var result = National(Park(("ENV.5", new NumberAnswer(1m, "kWh"))), "ENV.5", Language.English);

        Assert.Equal(IndicatorOutcome.NotReported, result.Outcome);
        Assert.Equal("The recorded answer does not match the indicator's kind (yesNo).", result.Sentence);
    }

    [Theory]
    [MemberData(nameof(NumberEdges))]
    public void Evaluate_NumberAtThresholdEdge_GivesExpectedOutcome(decimal value, IndicatorOutcome expected)
    {
        var result = Test(Park(("NUM.1", new NumberAnswer(value, "kWh"))), "NUM.1");

        Assert.Equal(expected, result.Outcome);
        Assert.Equal(value, result.Value);
        Assert.Equal("kWh", result.Unit);
    }

    [Fact]
    public void Evaluate_NumberBelowThreshold_WritesSentenceAndRemedyWithUnit()
    {
        var result = Test(Park(("NUM.1", new NumberAnswer(7.5m, "kWh"))), "NUM.1", Language.Vietnamese);

        Assert.Equal("7,5 kWh < 10 kWh", result.Sentence);
        Assert.Equal("Giá trị phải ≥ 10 kWh; hiện là 7,5 kWh.", result.Remedy);
    }

    [Fact]
    public void Evaluate_NumberInAnotherUnit_IsNotReported()
    {
        var result = Test(Park(("NUM.1", new NumberAnswer(50m, "MWh"))), "NUM.1", Language.English);

        Assert.Equal(IndicatorOutcome.NotReported, result.Outcome);
        Assert.Equal("Reported in MWh, but the indicator is measured in kWh.", result.Sentence);
    }

    [Fact]
    public void Evaluate_Env3Reported_IsMetWithoutThreshold()
    {
        var result = National(Park(("ENV.3", new QuantityRatioAnswer(1_200m, 3_000m, "m3"))), "ENV.3", Language.English);

        Assert.Equal(IndicatorOutcome.Met, result.Outcome);
        Assert.Equal(40m, result.Value);
        Assert.Null(result.Threshold);
        Assert.Equal("1,200 of 3,000 m3 = 40.0 % (reported; no threshold)", result.Sentence);
    }

    [Fact]
    public void Evaluate_Env3NotReported_IsNotReported()
    {
        Assert.Equal(IndicatorOutcome.NotReported, National(Park(), "ENV.3").Outcome);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(5, 0)]
    [InlineData(-1, 10)]
    [InlineData(11, 10)]
    public void Evaluate_Env3WithZeroTotalOrInconsistentPart_IsNotReported(int part, int whole)
    {
        var result = National(Park(("ENV.3", new QuantityRatioAnswer(part, whole, "m3"))), "ENV.3");

        Assert.Equal(IndicatorOutcome.NotReported, result.Outcome);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Evaluate_QuantityRatioWithThreshold_ComparesTheShareExactly()
    {
        var set = TestSetFiles.LoadValid(SetJson.With(r =>
        {
            SetJson.Indicator(r, 3)["comparison"] = ">=";
            SetJson.Indicator(r, 3)["threshold"] = 30;
        }));

        var below = set.Evaluate(Park(("QR.1", new QuantityRatioAnswer(299m, 1_000m, "m3"))), Parks.EvaluationDate, Language.English).Find("QR.1")!;
        var at = set.Evaluate(Park(("QR.1", new QuantityRatioAnswer(3m, 10m, "m3"))), Parks.EvaluationDate, Language.English).Find("QR.1")!;

        Assert.Equal(IndicatorOutcome.NotMet, below.Outcome);
        Assert.Equal("The share must be ≥ 30 %; it is 29.9 %.", below.Remedy);
        Assert.Equal(IndicatorOutcome.Met, at.Outcome);
    }

    private static ParkEvaluationData Park(params (string Code, IndicatorAnswer Answer)[] answers) => new()
    {
        Stage = ParkStage.Existing,
        Answers = answers.ToDictionary(a => a.Code, a => a.Answer),
    };

    private static IndicatorResult National(ParkEvaluationData park, string code, Language language = Language.English) =>
        NationalIndicatorSets.EcoIndustrialPark.Evaluate(park, Parks.EvaluationDate, language).Find(code)!;

    private static IndicatorResult Test(ParkEvaluationData park, string code, Language language = Language.English) =>
        TestSet.Value.Evaluate(park, Parks.EvaluationDate, language).Find(code)!;
}
