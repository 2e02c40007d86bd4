using Certification.Criteria.Evaluation;
using Certification.Criteria.Inputs;
using Certification.Criteria.Sets;
using Certification.Criteria.Wording;
using Certification.Web.Data;
using Certification.Web.Domain.Assessment;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Assessment;
using Certification.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using DomainLink = Certification.Web.Domain.Assessment.SymbiosisLink;

namespace Certification.Web.Tests.Infrastructure.Assessment;

/// <summary>
/// The engine's thresholds are proven in Criteria.Tests; these prove the mapping from stored rows: which facts are read,
/// that unfilled facts are NotReported, that ended links do not count, and that the set version is recorded.
/// </summary>
public sealed class ParkEvaluatorTests
{
    private static readonly DateOnly OnDate = new(2026, 6, 1);
    private const int ReportingYear = 2025;

    private static ReportedFacts Recp(bool applies) => new()
    {
        AppliesRecp = applies,
        Savings = applies ? new RecpSavings { ElectricityKwh = 12_000m } : new RecpSavings(),
    };

    private static async Task<(TestApp App, Guid ParkId, Guid InvestorId)> ParkAsync()
    {
        var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var park = await world.ParkAsync(province.Id, investor.Id);
        return (app, park.Id, investor.Id);
    }

    private static Task<ParkAssessmentResult> EvaluateAsync(TestApp app, Guid parkId) =>
        app.InScopeAsync(services => services.GetRequiredService<ParkEvaluator>().EvaluateAsync(parkId, OnDate, Language.English, CancellationToken.None));

    [Fact]
    public async Task EvaluateAsync_EightOfThirtySevenApplyRecpWithSavings_Env2MetAt21Point6Percent()
    {
        var (app, parkId, _) = await ParkAsync();
        await using var _app = app;
        await AssessmentArrange.EnterprisesWithFactsAsync(app, parkId, ReportingYear,
            Enumerable.Range(0, 37).Select(i => (ReportedFacts?)Recp(i < 8)));

        var result = await EvaluateAsync(app, parkId);

        var env2 = result.Evaluation.Find("ENV.2")!;
        Assert.Equal(IndicatorOutcome.Met, env2.Outcome);
        Assert.Equal(8, env2.Numerator);
        Assert.Equal(37, env2.Denominator);
        Assert.Equal(21.6m, Math.Round(env2.Value!.Value, 1));
        Assert.Equal(ReportingYear, result.ReportingYear);
    }

    [Fact]
    public async Task EvaluateAsync_FactNotFilledOrOnlyForAnOlderYear_IsNotReported()
    {
        var (app, parkId, _) = await ParkAsync();
        await using var _app = app;
        var reported = await AssessmentArrange.EnterprisesWithFactsAsync(app, parkId, ReportingYear,
            [Recp(true), new ReportedFacts { HasGrievanceProcedure = true }]);
        var older = await AssessmentArrange.EnterprisesWithFactsAsync(app, parkId, ReportingYear - 2, [Recp(true)]);

        var env2 = (await EvaluateAsync(app, parkId)).Evaluation.Find("ENV.2")!;

        Assert.Equal(IndicatorOutcome.NotReported, env2.Outcome);
        Assert.Contains(reported[1].Id.ToString(), env2.UnreportedEnterpriseIds);
        Assert.Contains(older[0].Id.ToString(), env2.UnreportedEnterpriseIds);
        Assert.DoesNotContain(reported[0].Id.ToString(), env2.UnreportedEnterpriseIds);
    }

    [Fact]
    public async Task EvaluateAsync_NoAnswerStored_ParkLevelIndicatorIsNotReported()
    {
        var (app, parkId, _) = await ParkAsync();
        await using var _app = app;

        var legal = (await EvaluateAsync(app, parkId)).Evaluation.Find("LEGAL.1")!;

        Assert.Equal(IndicatorOutcome.NotReported, legal.Outcome);
    }

    [Fact]
    public async Task EvaluateAsync_YesAnswerWithEvidence_IsMetAndNamesTheEvidence()
    {
        var (app, parkId, investorId) = await ParkAsync();
        await using var _app = app;
        var park = await AssessmentArrange.ParkAsync(app, parkId);
        var file = await AssessmentArrange.EvidenceAsync(app, investorId);
        var answer = new ParkAnswer(park, "LEGAL.1");
        answer.AnswerYesNo(true, null, null, AssessmentArrange.At);
        answer.AttachEvidence(file, park);
        await AssessmentArrange.AddAsync(app, answer);

        var legal = (await EvaluateAsync(app, parkId)).Evaluation.Find("LEGAL.1")!;

        Assert.Equal(IndicatorOutcome.Met, legal.Outcome);
        Assert.Equal([file.Id.ToString()], legal.EvidenceIds);
    }

    [Fact]
    public async Task EvaluateAsync_OnlyLinkEndedBeforeTheDate_Env1NotMet_OperatingLinkCounts()
    {
        var (app, parkId, _) = await ParkAsync();
        await using var _app = app;
        var park = await AssessmentArrange.ParkAsync(app, parkId);
        var pair = await AssessmentArrange.EnterprisesWithFactsAsync(app, parkId, ReportingYear, [null, null]);
        var ended = new DomainLink(park, pair[0], pair[1], null, SymbiosisType.InputOutputExchange, PartnerLocation.SamePark,
            "Hơi nước thừa", new DateOnly(2024, 1, 1), null);
        ended.End(OnDate); // exclusive end: on the evaluation date it no longer operates
        await AssessmentArrange.AddAsync(app, ended);

        var before = (await EvaluateAsync(app, parkId)).Evaluation.Find("ENV.1")!;
        var operating = new DomainLink(park, pair[1], null, "Công ty cấp nước thị xã", SymbiosisType.SharedServices, PartnerLocation.Town,
            "Nước tái sử dụng", new DateOnly(2025, 3, 1), null);
        await AssessmentArrange.AddAsync(app, operating);
        var after = (await EvaluateAsync(app, parkId)).Evaluation.Find("ENV.1")!;

        Assert.Equal(IndicatorOutcome.NotMet, before.Outcome);
        Assert.Equal(IndicatorOutcome.Met, after.Outcome);
        Assert.Equal([operating.Id.ToString()], after.LinkIds);
    }

    [Fact]
    public async Task RecordAsync_AfterANewVersionIsPublished_RecordsTheVersionInForce()
    {
        var (app, parkId, _) = await ParkAsync();
        await using var _app = app;
        var recordedBy = Guid.NewGuid();

        var first = await app.InScopeAsync(s => s.GetRequiredService<ParkEvaluator>().RecordAsync(parkId, OnDate, Language.Vietnamese, recordedBy, default));
        var v2 = NationalIndicatorSets.EcoIndustrialParkJson.Replace("\"version\": 1,", "\"version\": 2,");
        await app.InScopeAsync(async s =>
        {
            var sets = s.GetRequiredService<IndicatorSetVersions>();
            var upload = await sets.UploadDraftAsync("v2.json", v2, null, default);
            await sets.PublishAsync(upload.Draft!.Id, null, default);
        });
        var second = await app.InScopeAsync(s => s.GetRequiredService<ParkEvaluator>().RecordAsync(parkId, OnDate, Language.Vietnamese, recordedBy, default));

        var stored = await app.InScopeAsync(s => s.GetRequiredService<CertificationDbContext>().ParkAssessmentRecords
            .Where(r => r.ParkId == parkId).OrderBy(r => r.SetVersion).ToListAsync());
        Assert.Equal([1, 2], stored.Select(r => r.SetVersion));
        Assert.All(stored, r => Assert.Equal(NationalIndicatorSets.EcoIndustrialParkSetId, r.SetId));
        Assert.Equal(recordedBy, stored[0].RecordedByUserId);
        Assert.False(first.AllMandatoryMet);
        Assert.Contains("\"setVersion\":2", second.ResultJson);
        Assert.Contains("\"code\":\"ENV.2\"", second.ResultJson);
    }
}
