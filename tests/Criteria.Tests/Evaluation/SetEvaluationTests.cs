using Certification.Criteria.Evaluation;
using Certification.Criteria.Indicators;
using Certification.Criteria.Inputs;
using Certification.Criteria.Sets;
using Certification.Criteria.Tests.Fixtures;
using Certification.Criteria.Wording;

namespace Certification.Criteria.Tests.Evaluation;

/// <summary>The result tree as a whole: totals, compliance share, gap list, groups and the set version used.</summary>
public class SetEvaluationTests
{
    private static readonly IndicatorSet Park = NationalIndicatorSets.EcoIndustrialPark;

    [Fact]
    public void Evaluate_CompliantExistingPark_MeetsEveryApplicableIndicatorAndHasNoGaps()
    {
        var evaluation = Park.Evaluate(Parks.Compliant(), Parks.EvaluationDate, Language.English);

        Assert.True(evaluation.AllMandatoryMet);
        Assert.Empty(evaluation.Gaps);
        Assert.Equal((24, 24, 100m), (evaluation.MetCount, evaluation.ApplicableCount, evaluation.CompliancePercent));
        Assert.Equal(IndicatorOutcome.NotApplicable, evaluation.Find("PM.4")!.Outcome);
        Assert.Equal("24 of 24 applicable indicators met (100.0 %); all mandatory indicators met.", evaluation.Summary);
    }

    [Fact]
    public void Evaluate_Always_RecordsTheSetIdVersionDateAndLanguage()
    {
        var evaluation = Park.Evaluate(Parks.Compliant(), Parks.EvaluationDate, Language.Vietnamese);

        Assert.Equal((Park.SetId, 1, Parks.EvaluationDate, Language.Vietnamese), (evaluation.SetId, evaluation.SetVersion, evaluation.EvaluationDate, evaluation.Language));
        Assert.Equal("Bộ tiêu chí khu công nghiệp sinh thái quốc gia", evaluation.SetTitle);
        Assert.Equal(Park.Indicators.Select(i => i.Code), evaluation.Indicators.Select(r => r.Code));
    }

    [Fact]
    public void Evaluate_ParkShortOfRecpAndMissingAnAnswer_ListsOnlyMandatoryGapsWithRemedies()
    {
        var park = Parks.Compliant() with
        {
            Enterprises = Enterprises.Many(37, 5, "appliesRecpWithSavings", workforce: 50),
        };
        var answers = new Dictionary<string, IndicatorAnswer>(park.Answers);
        answers.Remove("ENV.5");
        answers.Remove("ECO.6");

        var evaluation = Park.Evaluate(park with { Answers = answers }, Parks.EvaluationDate, Language.English);

        Assert.False(evaluation.AllMandatoryMet);
        Assert.Equal(["ENV.2", "ENV.5"], evaluation.Gaps.Select(g => g.Code));
        var recp = evaluation.Gaps[0];
        Assert.Equal((IndicatorOutcome.NotMet, "3 more enterprises must apply RECP with measured savings."), (recp.Outcome, recp.Sentence));
        Assert.Equal(ReviewingBody.MinistryOfIndustryAndTrade, recp.ReviewingBody);
        Assert.Equal(["recp-assessment-report"], recp.EvidenceTypes);
        Assert.Equal(IndicatorOutcome.NotReported, evaluation.Gaps[1].Outcome);
        Assert.Equal(IndicatorOutcome.NotReported, evaluation.Find("ECO.6")!.Outcome);
    }

    [Fact]
    public void Evaluate_NotReportedIndicators_CountAsApplicableButNotMetInTheShare()
    {
        // Small enterprises only: SOC.1 and SOC.4 have no population and are NotReported.
        var park = Parks.Compliant() with { Enterprises = Enterprises.Many(10, 10, "appliesRecpWithSavings", workforce: 40) };
        var enterprises = park.Enterprises.Select(e => e with { DisclosesInformation = true, HasAntiHarassmentRules = true }).ToList();

        var evaluation = Park.Evaluate(park with { Enterprises = enterprises }, Parks.EvaluationDate, Language.English);

        Assert.Equal((22, 24), (evaluation.MetCount, evaluation.ApplicableCount));
        Assert.Equal(22m * 100m / 24m, evaluation.CompliancePercent);
        Assert.True(evaluation.AllMandatoryMet);
        Assert.Equal("22 of 24 applicable indicators met (91.7 %); all mandatory indicators met.", evaluation.Summary);
    }

    [Fact]
    public void Evaluate_EmptyPark_IsNotCertifiableAndEveryMandatoryIndicatorIsAGap()
    {
        var evaluation = Park.Evaluate(new ParkEvaluationData { Stage = ParkStage.NewlyEstablished }, Parks.EvaluationDate, Language.Vietnamese);

        Assert.False(evaluation.AllMandatoryMet);
        Assert.Equal(["LEGAL.1", "SVC.1", "ENV.1", "ENV.2", "ENV.5", "PM.4"], evaluation.Gaps.Select(g => g.Code));
        Assert.Equal(0, evaluation.MetCount);
        Assert.Equal("Đạt 0/25 chỉ tiêu áp dụng (0,0 %); 6 chỉ tiêu bắt buộc chưa đạt hoặc chưa báo cáo.", evaluation.Summary);
    }

    [Fact]
    public void Evaluate_Groups_FollowTheSetOrderWithLocalisedTitlesAndTotals()
    {
        var evaluation = Park.Evaluate(Parks.Compliant(), Parks.EvaluationDate, Language.English);

        Assert.Equal(["Legal basis", "Infrastructure and services", "Environment", "Park management", "Social", "Economic"], evaluation.Groups.Select(g => g.Title));
        var management = evaluation.Groups.Single(g => g.Group == IndicatorGroup.ParkManagement);
        Assert.Equal((3, 3), (management.MetCount, management.ApplicableCount));
        Assert.Equal(evaluation.Indicators.Count, evaluation.Groups.Sum(g => g.Indicators.Count));
    }

    [Fact]
    public void Evaluate_ParkDataWithEnterpriseSet_Throws()
    {
        Assert.Throws<ArgumentException>(() =>
            NationalIndicatorSets.EcoEnterprise.Evaluate(Parks.Compliant(), Parks.EvaluationDate, Language.English));
    }

    [Fact]
    public void Evaluate_EnterpriseDataWithParkSet_Throws()
    {
        var data = new EnterpriseEvaluationData { Enterprise = Enterprises.Complete("E1") };

        Assert.Throws<ArgumentException>(() => Park.Evaluate(data, Parks.EvaluationDate, Language.English));
    }
}
