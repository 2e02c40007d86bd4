using Certification.Criteria.Evaluation;
using Certification.Criteria.Inputs;
using Certification.Criteria.Wording;
using Certification.Web.Data;
using Certification.Web.Domain.Assessment;
using Certification.Web.Infrastructure.Assessment;
using Certification.Web.Tests.Infrastructure;
using Certification.Web.Tests.Workflows;
using Certification.Workflows.Processes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Infrastructure.Assessment;

/// <summary>The eco-enterprise criteria (Art 37.2, form B.5) for one enterprise, from its stored facts, links, park certificate and the departments' opinions.</summary>
public sealed class EnterpriseEvaluatorTests
{
    private static readonly DateOnly On = new(2026, 11, 20);

    [Fact]
    public async Task Evaluate_FactsOfTheReportingYearAndAllDepartmentsAgree_MeetsEveryMandatoryCriterion()
    {
        await using var app = await TestApp.StartAsync();
        var world = await EnterpriseWorld.CreateAsync(app);
        await ReportAsync(app, world, 2025, appliesRecp: true, waterSaved: 1200m);
        await LinkAsync(app, world, new DateOnly(2024, 1, 1));

        var result = await EvaluateAsync(app, world, [ProcessOutcomes.Approve, ProcessOutcomes.Approve]);

        Assert.Equal("vn-eco-enterprise-national", result.SetId);
        Assert.Equal(2025, result.ReportingYear);
        Assert.Equal(IndicatorOutcome.Met, result.Evaluation.Find("LEGAL.1")!.Outcome);
        Assert.Equal(IndicatorOutcome.Met, result.Evaluation.Find("LOC.1")!.Outcome);
        Assert.Equal(IndicatorOutcome.Met, result.Evaluation.Find("RECP.1")!.Outcome);
        Assert.Equal(IndicatorOutcome.Met, result.Evaluation.Find("ISO.1")!.Outcome);
        var symbiosis = result.Evaluation.Find("SYM.1")!;
        Assert.Equal(IndicatorOutcome.Met, symbiosis.Outcome);
        Assert.Equal(1m, symbiosis.Value);
        Assert.True(result.Evaluation.AllMandatoryMet);
    }

    [Fact]
    public async Task Evaluate_OnlyOlderFactsAndADepartmentDisagrees_FailsLegalAndLeavesRecpNotReported()
    {
        await using var app = await TestApp.StartAsync();
        var world = await EnterpriseWorld.CreateAsync(app);
        await ReportAsync(app, world, 2024, appliesRecp: true, waterSaved: 1200m); // 2024 is not the reporting year of a 2026 evaluation

        var result = await EvaluateAsync(app, world, [ProcessOutcomes.Approve, ProcessOutcomes.Reject]);

        Assert.Equal(IndicatorOutcome.NotMet, result.Evaluation.Find("LEGAL.1")!.Outcome);
        Assert.Equal(IndicatorOutcome.NotReported, result.Evaluation.Find("RECP.1")!.Outcome);
        Assert.Equal(IndicatorOutcome.NotMet, result.Evaluation.Find("SYM.1")!.Outcome);
        Assert.False(result.Evaluation.AllMandatoryMet);
    }

    [Fact]
    public async Task Evaluate_ParkCertificateRevokedAndOpinionsOutstanding_FailsLocationAndLegalNotReported()
    {
        await using var app = await TestApp.StartAsync();
        var world = await EnterpriseWorld.CreateAsync(app, certified: false);
        await world.CertifyParkAsync(new DateOnly(2024, 6, 14), revokedOn: new DateOnly(2026, 1, 5));

        var result = await EvaluateAsync(app, world, [ProcessOutcomes.Approve, null]);

        Assert.Equal(IndicatorOutcome.NotMet, result.Evaluation.Find("LOC.1")!.Outcome);
        Assert.Equal(IndicatorOutcome.NotReported, result.Evaluation.Find("LEGAL.1")!.Outcome);
    }

    private static Task<EnterpriseAssessmentResult> EvaluateAsync(TestApp app, EnterpriseWorld world, IReadOnlyCollection<string?> opinions) =>
        app.InScopeAsync(s => s.GetRequiredService<EnterpriseEvaluator>().EvaluateAsync(world.EnterpriseId, On, opinions, Language.Vietnamese, CancellationToken.None));

    internal static Task ReportAsync(TestApp app, EnterpriseWorld world, int year, bool appliesRecp, decimal waterSaved) => app.InScopeAsync(async s =>
    {
        var db = s.GetRequiredService<CertificationDbContext>();
        var facts = new EnterpriseFacts(world.EnterpriseId, year);
        facts.Report(new ReportedFacts
        {
            Workforce = 150, AppliesRecp = appliesRecp, Savings = new RecpSavings { WaterCubicMetres = waterSaved },
            IsoSystems = [IsoStandard.Iso14001], HasGrievanceProcedure = true, DisclosesInformation = true,
            AppliesGenderEquality = false, HasAntiHarassmentRules = true,
        }, null, DateTimeOffset.UtcNow);
        db.EnterpriseFacts.Add(facts);
        await db.SaveChangesAsync();
    });

    internal static Task LinkAsync(TestApp app, EnterpriseWorld world, DateOnly start) => app.InScopeAsync(async s =>
    {
        var db = s.GetRequiredService<CertificationDbContext>();
        var park = await db.Parks.SingleAsync(p => p.Id == world.ParkId);
        var enterprise = await db.Enterprises.SingleAsync(e => e.Id == world.EnterpriseId);
        db.SymbiosisLinks.Add(new Certification.Web.Domain.Assessment.SymbiosisLink(park, enterprise, null, "Công ty cấp nước Đồng Nai", SymbiosisType.InputOutputExchange,
            PartnerLocation.Town, "Nước thải sau xử lý cấp lại cho tưới cây", start, null));
        await db.SaveChangesAsync();
    });
}
