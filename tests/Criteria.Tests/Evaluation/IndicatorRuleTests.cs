using Certification.Criteria.Evaluation;
using Certification.Criteria.Inputs;
using Certification.Criteria.Sets;
using Certification.Criteria.Tests.Fixtures;
using Certification.Criteria.Wording;

namespace Certification.Criteria.Tests.Evaluation;

/// <summary>Applicability, decided before any kind-specific rule runs.</summary>
public class IndicatorRuleTests
{
    [Fact]
    public void Evaluate_Pm4ForExistingPark_IsNotApplicableEvenWithoutAnswer()
    {
        var park = new ParkEvaluationData { Stage = ParkStage.Existing };

        var result = NationalIndicatorSets.EcoIndustrialPark.Evaluate(park, Parks.EvaluationDate, Language.English).Find("PM.4")!;

        Assert.Equal(IndicatorOutcome.NotApplicable, result.Outcome);
        Assert.Equal("Applies only to newly established parks; this park is an existing park.", result.Sentence);
        Assert.Null(result.Remedy);
    }

    [Theory]
    [InlineData(null, IndicatorOutcome.NotReported)]
    [InlineData(true, IndicatorOutcome.Met)]
    [InlineData(false, IndicatorOutcome.NotMet)]
    public void Evaluate_Pm4ForNewPark_ReadsTheAnswer(bool? answer, IndicatorOutcome expected)
    {
        var answers = new Dictionary<string, IndicatorAnswer>();
        if (answer is { } value)
        {
            answers["PM.4"] = new YesNoAnswer(value);
        }

        var park = new ParkEvaluationData { Stage = ParkStage.NewlyEstablished, Answers = answers };

        var result = NationalIndicatorSets.EcoIndustrialPark.Evaluate(park, Parks.EvaluationDate, Language.English).Find("PM.4")!;

        Assert.Equal(expected, result.Outcome);
    }

    [Fact]
    public void Evaluate_ExistingParkOnlyIndicatorForNewPark_IsNotApplicable()
    {
        var set = TestSetFiles.LoadValid(SetJson.ValidPark);

        var result = set.Evaluate(new ParkEvaluationData { Stage = ParkStage.NewlyEstablished }, Parks.EvaluationDate, Language.Vietnamese).Find("QR.1")!;

        Assert.Equal(IndicatorOutcome.NotApplicable, result.Outcome);
        Assert.Equal("Chỉ áp dụng cho KCN hiện hữu; KCN này mới thành lập.", result.Sentence);
    }
}
