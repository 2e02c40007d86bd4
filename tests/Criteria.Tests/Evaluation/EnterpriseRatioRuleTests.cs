using Certification.Criteria.Evaluation;
using Certification.Criteria.Inputs;
using Certification.Criteria.Sets;
using Certification.Criteria.Tests.Fixtures;
using Certification.Criteria.Wording;

namespace Certification.Criteria.Tests.Evaluation;

public class EnterpriseRatioRuleTests
{
    /// <summary>code, attribute counted, workforce of the enterprises, how many have it, how many enterprises, expected outcome.</summary>
    public static readonly TheoryData<string, string, int, int, int, IndicatorOutcome> ThresholdEdges = new()
    {
        { "ENV.2", "appliesRecpWithSavings", 50, 199, 1000, IndicatorOutcome.NotMet },
        { "ENV.2", "appliesRecpWithSavings", 50, 200, 1000, IndicatorOutcome.Met },
        { "ENV.2", "appliesRecpWithSavings", 50, 1, 5, IndicatorOutcome.Met },
        { "ENV.2", "appliesRecpWithSavings", 50, 0, 3, IndicatorOutcome.NotMet },
        { "SOC.1", "hasGrievanceProcedure", 150, 74, 100, IndicatorOutcome.NotMet },
        { "SOC.1", "hasGrievanceProcedure", 150, 75, 100, IndicatorOutcome.Met },
        { "SOC.2", "disclosesInformation", 50, 74, 100, IndicatorOutcome.NotMet },
        { "SOC.2", "disclosesInformation", 50, 75, 100, IndicatorOutcome.Met },
        { "SOC.2", "disclosesInformation", 50, 2, 3, IndicatorOutcome.NotMet },
        { "SOC.2", "disclosesInformation", 50, 3, 4, IndicatorOutcome.Met },
        { "SOC.4", "appliesGenderEquality", 101, 74, 100, IndicatorOutcome.NotMet },
        { "SOC.4", "appliesGenderEquality", 101, 75, 100, IndicatorOutcome.Met },
        { "SOC.6", "hasAntiHarassmentRules", 50, 749, 1000, IndicatorOutcome.NotMet },
        { "SOC.6", "hasAntiHarassmentRules", 50, 750, 1000, IndicatorOutcome.Met },
    };

    [Theory]
    [MemberData(nameof(ThresholdEdges))]
    public void Evaluate_ShareAtThresholdEdge_GivesExpectedOutcome(string code, string attribute, int workforce, int having, int total, IndicatorOutcome expected)
    {
        var park = new ParkEvaluationData { Stage = ParkStage.Existing, Enterprises = Enterprises.Many(total, having, attribute, workforce) };

        var result = Evaluate(park, code);

        Assert.Equal(expected, result.Outcome);
        Assert.Equal((having, total), (result.Numerator, result.Denominator));
        Assert.Equal(having * 100m / total, result.Value);
    }

    [Fact]
    public void Evaluate_Env2At8Of37_WritesEnglishSentenceWithNumbers()
    {
        var park = new ParkEvaluationData { Stage = ParkStage.Existing, Enterprises = Enterprises.Many(37, 8, "appliesRecpWithSavings") };

        var result = Evaluate(park, "ENV.2", Language.English);

        Assert.Equal("8 of 37 enterprises = 21.6 % ≥ 20 %", result.Sentence);
        Assert.Null(result.Remedy);
        Assert.Equal("%", result.Unit);
    }

    [Fact]
    public void Evaluate_Env2At8Of37_WritesVietnameseSentenceWithDecimalComma()
    {
        var park = new ParkEvaluationData { Stage = ParkStage.Existing, Enterprises = Enterprises.Many(37, 8, "appliesRecpWithSavings") };

        var result = Evaluate(park, "ENV.2", Language.Vietnamese);

        Assert.Equal("8/37 doanh nghiệp = 21,6 % ≥ 20 %", result.Sentence);
    }

    [Fact]
    public void Evaluate_Env2At5Of37_SaysThreeMoreEnterprisesMustApplyRecp()
    {
        var park = new ParkEvaluationData { Stage = ParkStage.Existing, Enterprises = Enterprises.Many(37, 5, "appliesRecpWithSavings") };

        var english = Evaluate(park, "ENV.2", Language.English);
        var vietnamese = Evaluate(park, "ENV.2", Language.Vietnamese);

        Assert.Equal("5 of 37 enterprises = 13.5 % < 20 %", english.Sentence);
        Assert.Equal("3 more enterprises must apply RECP with measured savings.", english.Remedy);
        Assert.Equal("Cần thêm 3 doanh nghiệp áp dụng RECP có tiết kiệm đo được.", vietnamese.Remedy);
    }

    [Fact]
    public void Evaluate_ShareJustBelowThreshold_ShowsEnoughDecimalsNotToContradictTheOutcome()
    {
        // 1996 of 10000 = 19.96 %: one decimal would print 20.0 % next to "< 20 %".
        var park = new ParkEvaluationData { Stage = ParkStage.Existing, Enterprises = Enterprises.Many(10_000, 1_996, "appliesRecpWithSavings") };

        var result = Evaluate(park, "ENV.2", Language.English);

        Assert.Equal("1,996 of 10,000 enterprises = 19.96 % < 20 %", result.Sentence);
    }

    [Fact]
    public void Evaluate_CountsOnlyEnterprisesWithMeasuredSavings_ListsTheirIds()
    {
        var enterprises = new List<EnterpriseRecord>
        {
            Enterprises.Complete("A").WithRecpSavings(),
            Enterprises.Complete("B") with { AppliesRecp = true, RecpSavings = new RecpSavings { WaterCubicMetres = 0m } },
            Enterprises.Complete("C"),
            Enterprises.Complete("D").WithRecpSavings(),
        };
        var park = new ParkEvaluationData { Stage = ParkStage.Existing, Enterprises = enterprises };

        var result = Evaluate(park, "ENV.2");

        Assert.Equal(["A", "D"], result.EnterpriseIds);
        Assert.Equal(50m, result.Value);
    }

    [Fact]
    public void Evaluate_SmallEnterprisesOutsideSoc1Population_AreNotCounted()
    {
        var big = Enterprises.Many(4, 3, "hasGrievanceProcedure", workforce: 101, prefix: "B");
        var small = Enterprises.Many(20, 0, "hasGrievanceProcedure", workforce: 100, prefix: "S");
        var park = new ParkEvaluationData { Stage = ParkStage.Existing, Enterprises = [.. big, .. small] };

        var result = Evaluate(park, "SOC.1", Language.English);

        Assert.Equal(IndicatorOutcome.Met, result.Outcome);
        Assert.Equal("3 of 4 enterprises with more than 100 workers = 75.0 % ≥ 75 %", result.Sentence);
    }

    [Fact]
    public void Evaluate_AttributeNotReportedByOneEnterprise_IsNotReportedNamingTheCount()
    {
        var enterprises = Enterprises.Many(10, 10, "disclosesInformation");
        enterprises[3] = enterprises[3] with { DisclosesInformation = null };
        var park = new ParkEvaluationData { Stage = ParkStage.Existing, Enterprises = enterprises };

        var result = Evaluate(park, "SOC.2", Language.English);

        Assert.Equal(IndicatorOutcome.NotReported, result.Outcome);
        Assert.Equal("The share cannot be computed: 1 of 10 enterprises have not reported whether they disclose information publicly.", result.Sentence);
        Assert.Equal("1 enterprise must report whether they disclose information publicly.", result.Remedy);
        Assert.Equal(["E4"], result.UnreportedEnterpriseIds);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Evaluate_WorkforceUnknownWherePopulationNeedsIt_IsNotReportedNamingTheCount()
    {
        var enterprises = Enterprises.Many(8, 8, "hasGrievanceProcedure", workforce: 200);
        enterprises[0] = enterprises[0] with { Workforce = null };
        enterprises[1] = enterprises[1] with { Workforce = null };
        var park = new ParkEvaluationData { Stage = ParkStage.Existing, Enterprises = enterprises };

        var english = Evaluate(park, "SOC.1", Language.English);
        var vietnamese = Evaluate(park, "SOC.1", Language.Vietnamese);

        Assert.Equal(IndicatorOutcome.NotReported, english.Outcome);
        Assert.Equal("The share cannot be computed: 2 of 8 enterprises have not reported the workforce size.", english.Sentence);
        Assert.Equal("Không tính được tỷ lệ: 2/8 doanh nghiệp chưa báo cáo số lao động.", vietnamese.Sentence);
        Assert.Equal(["E1", "E2"], english.UnreportedEnterpriseIds);
    }

    [Fact]
    public void Evaluate_WorkforceUnknownWhereNoPopulationFilter_DoesNotMatter()
    {
        var enterprises = Enterprises.Many(4, 4, "disclosesInformation");
        enterprises[0] = enterprises[0] with { Workforce = null };
        var park = new ParkEvaluationData { Stage = ParkStage.Existing, Enterprises = enterprises };

        Assert.Equal(IndicatorOutcome.Met, Evaluate(park, "SOC.2").Outcome);
    }

    [Fact]
    public void Evaluate_RecpAppliedButSavingsNotReported_IsNotReported()
    {
        var enterprises = Enterprises.Many(5, 5, "appliesRecpWithSavings");
        enterprises[2] = enterprises[2] with { RecpSavings = null };
        var park = new ParkEvaluationData { Stage = ParkStage.Existing, Enterprises = enterprises };

        Assert.Equal(IndicatorOutcome.NotReported, Evaluate(park, "ENV.2").Outcome);
    }

    [Fact]
    public void Evaluate_NoEnterprisesInPopulation_IsNotReportedSayingWhy()
    {
        var park = new ParkEvaluationData { Stage = ParkStage.Existing, Enterprises = Enterprises.Many(5, 5, "hasGrievanceProcedure", workforce: 80) };

        var result = Evaluate(park, "SOC.1", Language.English);

        Assert.Equal(IndicatorOutcome.NotReported, result.Outcome);
        Assert.Equal("The park has no enterprises with more than 100 workers: the share cannot be computed.", result.Sentence);
        Assert.Equal((0, 0), (result.Numerator, result.Denominator));
    }

    [Fact]
    public void Evaluate_ParkWithoutEnterprises_IsNotReported()
    {
        var result = Evaluate(new ParkEvaluationData { Stage = ParkStage.Existing }, "ENV.2", Language.English);

        Assert.Equal(IndicatorOutcome.NotReported, result.Outcome);
        Assert.Equal("The park has no enterprises: the share cannot be computed.", result.Sentence);
    }

    private static IndicatorResult Evaluate(ParkEvaluationData park, string code, Language language = Language.English) =>
        NationalIndicatorSets.EcoIndustrialPark.Evaluate(park, Parks.EvaluationDate, language).Find(code)!;
}
