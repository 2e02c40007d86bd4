using Certification.Criteria.Evaluation;
using Certification.Criteria.Wording;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Dashboard;
using Certification.Web.Tests.Infrastructure;
using Certification.Web.Tests.Pages.Dashboard;
using Microsoft.Extensions.DependencyInjection;
using static Certification.Web.Tests.Pages.Dashboard.PipelineWorld;

namespace Certification.Web.Tests.Infrastructure.Dashboard;

/// <summary>
/// The dashboard's pipeline, review performance and heat map computed from <see cref="PipelineWorld"/> and compared with
/// values counted by hand from its story (dates are Viet Nam dates; the only holiday in reach is Fri 1 Jan 2027).
/// </summary>
public sealed class PipelineFiguresTests
{
    [Fact]
    public async Task ReadAsync_SixParksInSixStages_MatchesHandCountedPipelineReviewsAndHeatMap()
    {
        var clock = Clock();
        await using var app = await TestApp.StartAsync(clock: clock);
        var world = await ArrangeAsync(app, clock);

        var figures = (await app.InScopeAsync(services => services.GetRequiredService<DashboardReader>()
            .ReadAsync(new AccessPolicy(world.Board), Language.Vietnamese, CancellationToken.None)))!;
        PipelineRow Row(string park) => figures.Pipeline.Single(p => p.ParkName == park);

        // Stages: one park each; the other province's park is not there.
        Assert.Equal(Today, figures.Today);
        Assert.Equal([A, B, C, D, E, F], figures.Pipeline.Select(p => p.ParkName));
        Assert.Equal(PipelineStage.NotStarted, Row(A).Stage);
        Assert.Equal(PipelineStage.SelfAssessing, Row(B).Stage);
        Assert.Equal(PipelineStage.Submitted, Row(C).Stage);
        Assert.Equal(PipelineStage.UnderReview, Row(D).Stage);
        Assert.Equal(PipelineStage.WithCommittee, Row(E).Stage);
        Assert.Equal(PipelineStage.Certified, Row(F).Stage);
        Assert.All(Enum.GetValues<PipelineStage>(), stage => Assert.Equal(1, figures.InStage(stage)));
        Assert.Equal(1, figures.CertifiedParks);
        Assert.DoesNotContain(figures.Pipeline, p => p.ParkName == world.ForeignParkName);

        // Expected decision dates.
        Assert.Null(Row(A).ExpectedDecisionOn);
        Assert.Null(Row(B).ExpectedDecisionOn);
        // C: not yet found complete: as if complete today (Mon 9 Nov): +40 working days = Mon 4 Jan 2027, but Fri 1 Jan 2027
        // is a holiday, so Tue 5 Jan; + 10 working days for the Committee = Tue 19 Jan 2027.
        Assert.Equal(new DateOnly(2027, 1, 19), Row(C).ExpectedDecisionOn);
        // D: dossier complete Mon 5 Oct: evaluation due +40 working days = Mon 30 Nov (the overdue MOIT review was due
        // Mon 26 Oct, earlier); + 10 working days = Mon 14 Dec 2026.
        Assert.Equal(new DateOnly(2026, 12, 14), Row(D).ExpectedDecisionOn);
        // E: proposed Mon 2 Nov; the Committee's 10 working days end Mon 16 Nov.
        Assert.Equal(new DateOnly(2026, 11, 16), Row(E).ExpectedDecisionOn);
        // F: certified on Thu 8 Oct.
        Assert.Equal(new DateOnly(2026, 10, 8), Row(F).ExpectedDecisionOn);
        Assert.NotNull(Row(F).CertificateNumber);
        Assert.Equal(new DateOnly(2026, 10, 5), Row(C).SubmittedOn);

        // Blockers: D's MOIT review of ENV.2 was due Mon 26 Oct: overdue by the 10 working days 27 Oct – 9 Nov.
        var overdue = Assert.Single(Row(D).OverdueTasks);
        Assert.Equal(("review", "ENV.2", world.Moit.Name, new DateOnly(2026, 10, 26), 10),
            (overdue.ActivityId, overdue.ItemKey, overdue.HolderName, overdue.DueOn, overdue.WorkingDaysOverdue));
        Assert.All(new[] { A, B, C, E, F }, park => Assert.Empty(Row(park).OverdueTasks));
        // Gaps: the mandatory indicators of an existing park are LEGAL.1, SVC.1, ENV.1, ENV.2, ENV.5; B answered LEGAL.1 yes
        // (met) and ENV.5 no (not met); a certified park shows none.
        Assert.Equal(["LEGAL.1", "SVC.1", "ENV.1", "ENV.2", "ENV.5"], Row(A).Gaps.Select(g => g.Code));
        Assert.Equal(["SVC.1", "ENV.1", "ENV.2", "ENV.5"], Row(B).Gaps.Select(g => g.Code));
        Assert.Equal(IndicatorOutcome.NotMet, Row(B).Gaps.Single(g => g.Code == "ENV.5").Outcome);
        Assert.Empty(Row(F).Gaps);

        // Review performance. MAE: D 3 days on time, E 20 days late (due 26 Oct, decided 2 Nov), F 3 days on time.
        // MOIT: E 10 days on time, F 3 days on time, D open and 10 working days overdue.
        var mae = figures.Reviews.Single(r => r.BodyId == world.Mae.Id);
        var moit = figures.Reviews.Single(r => r.BodyId == world.Moit.Id);
        Assert.Equal((2, 1, 3m, 0, 0, 0), (mae.OnTime, mae.Late, mae.MedianWorkingDays, mae.Open, mae.OverdueNow, mae.MostWorkingDaysOverdue));
        Assert.Equal((2, 0, 6.5m, 1, 1, 10), (moit.OnTime, moit.Late, moit.MedianWorkingDays, moit.Open, moit.OverdueNow, moit.MostWorkingDaysOverdue));
        Assert.Equal(2, figures.Reviews.Count);

        // Heat map: every park on the 25 indicators of the national set; PM.4 applies only to newly established parks.
        Assert.Equal(25, figures.Compliance.Indicators.Count);
        Assert.Equal(6, figures.Compliance.Parks.Count);
        Assert.Equal(1, figures.Compliance.Count("LEGAL.1", IndicatorOutcome.Met));
        Assert.Equal(5, figures.Compliance.Count("LEGAL.1", IndicatorOutcome.NotReported));
        Assert.Equal(1, figures.Compliance.Count("ENV.5", IndicatorOutcome.NotMet));
        Assert.Equal(6, figures.Compliance.Count("PM.4", IndicatorOutcome.NotApplicable));
        var b = figures.Compliance.Parks.Single(p => p.ParkName == B);
        Assert.Equal((1, 24), (b.MetCount, b.ApplicableCount));
    }
}
