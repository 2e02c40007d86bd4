using Certification.Criteria.Evaluation;
using Certification.Criteria.Indicators;
using Certification.Criteria.Inputs;
using Certification.Criteria.Sets;
using Certification.Criteria.Tests.Fixtures;
using Certification.Criteria.Wording;

namespace Certification.Criteria.Tests.Evaluation;

/// <summary>The national eco-enterprise set: attributes of the applying enterprise, its links and its answers.</summary>
public class EnterpriseAttributeRuleTests
{
    private static readonly IndicatorSet Set = NationalIndicatorSets.EcoEnterprise;

    [Fact]
    public void Evaluate_CompleteEcoEnterprise_IsCertifiable()
    {
        var evaluation = Set.Evaluate(Applicant(), Parks.EvaluationDate, Language.English);

        Assert.True(evaluation.AllMandatoryMet, string.Join(Environment.NewLine, evaluation.Gaps.Select(g => $"{g.Code}: {g.Sentence}")));
        Assert.Equal(IndicatorOutcome.Met, evaluation.Find("SOC.1")!.Outcome);
        Assert.Equal("The enterprise applies RECP with measured savings.", evaluation.Find("RECP.1")!.Sentence);
        Assert.Equal(["ACME"], evaluation.Find("RECP.1")!.EnterpriseIds);
    }

    [Fact]
    public void Evaluate_RecpWithAllSavingsZero_IsNotMet()
    {
        var data = Applicant(e => e with { RecpSavings = new RecpSavings { ElectricityKwh = 0m, Vnd = 0m } });

        var result = Set.Evaluate(data, Parks.EvaluationDate, Language.English).Find("RECP.1")!;

        Assert.Equal(IndicatorOutcome.NotMet, result.Outcome);
        Assert.Equal("The enterprise does not apply RECP with measured savings.", result.Sentence);
        Assert.Equal("The enterprise must apply RECP with measured savings.", result.Remedy);
    }

    [Fact]
    public void Evaluate_IsoNotReported_IsNotReportedAndAGap()
    {
        var evaluation = Set.Evaluate(Applicant(e => e with { IsoSystems = null }), Parks.EvaluationDate, Language.Vietnamese);

        var gap = Assert.Single(evaluation.Gaps);
        Assert.Equal(("ISO.1", IndicatorOutcome.NotReported), (gap.Code, gap.Outcome));
        Assert.Equal("Cần báo cáo việc doanh nghiệp áp dụng hệ thống quản lý theo tiêu chuẩn ISO.", gap.Sentence);
    }

    [Fact]
    public void Evaluate_SmallEnterprise_Soc1AndSoc4AreNotApplicable()
    {
        var evaluation = Set.Evaluate(Applicant(e => e with { Workforce = 60 }), Parks.EvaluationDate, Language.English);

        Assert.Equal(IndicatorOutcome.NotApplicable, evaluation.Find("SOC.1")!.Outcome);
        Assert.Equal("Applies only to enterprises with more than 100 workers; this enterprise has 60 workers.", evaluation.Find("SOC.1")!.Sentence);
        Assert.Equal(IndicatorOutcome.NotApplicable, evaluation.Find("SOC.4")!.Outcome);
        Assert.Equal(7, evaluation.ApplicableCount);
    }

    [Fact]
    public void Evaluate_WorkforceUnknown_Soc1IsNotReportedButNotAGap()
    {
        var evaluation = Set.Evaluate(Applicant(e => e with { Workforce = null }), Parks.EvaluationDate, Language.English);

        Assert.Equal(IndicatorOutcome.NotReported, evaluation.Find("SOC.1")!.Outcome);
        Assert.Equal("The enterprise has not reported the workforce size.", evaluation.Find("SOC.1")!.Sentence);
        Assert.True(evaluation.AllMandatoryMet);
    }

    [Fact]
    public void Evaluate_Sym1_CountsLinksWhereTheEnterpriseIsEitherParty()
    {
        var data = Applicant() with
        {
            SymbiosisLinks =
            [
                Parks.Link("as-partner", enterpriseId: "OTHER") with { PartnerEnterpriseId = "ACME" },
                Parks.Link("not-involved", enterpriseId: "OTHER"),
            ],
        };

        var result = Set.Evaluate(data, Parks.EvaluationDate, Language.English).Find("SYM.1")!;

        Assert.Equal(IndicatorOutcome.Met, result.Outcome);
        Assert.Equal(["as-partner"], result.LinkIds);
    }

    [Fact]
    public void Evaluate_NotInACertifiedPark_IsAGap()
    {
        var data = Applicant() with { Answers = new Dictionary<string, IndicatorAnswer> { ["LEGAL.1"] = new YesNoAnswer(true), ["LOC.1"] = new YesNoAnswer(false) } };

        var evaluation = Set.Evaluate(data, Parks.EvaluationDate, Language.English);

        Assert.Equal(["LOC.1"], evaluation.Gaps.Select(g => g.Code));
    }

    private static EnterpriseEvaluationData Applicant(Func<EnterpriseRecord, EnterpriseRecord>? change = null)
    {
        var enterprise = Enterprises.Complete("ACME", 250).WithRecpSavings() with
        {
            IsoSystems = [IsoStandard.Iso14001, IsoStandard.Iso50001],
            HasGrievanceProcedure = true,
            DisclosesInformation = true,
            AppliesGenderEquality = true,
            HasAntiHarassmentRules = true,
        };
        return new EnterpriseEvaluationData
        {
            Enterprise = change is null ? enterprise : change(enterprise),
            Answers = new Dictionary<string, IndicatorAnswer> { ["LEGAL.1"] = new YesNoAnswer(true), ["LOC.1"] = new YesNoAnswer(true) },
            SymbiosisLinks = [Parks.Link("L1", enterpriseId: "ACME")],
        };
    }
}
