using Certification.Criteria.Wording;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Dashboard;
using Certification.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Certification.Web.Tests.Pages.Dashboard.PipelineWorld;

namespace Certification.Web.Tests.Infrastructure.Dashboard;

/// <summary>Days spent waiting on the applicant's supplement count neither against the reviewer nor towards the decision date.</summary>
public sealed class SupplementPauseTests
{
    [Fact]
    public async Task ReadAsync_ReviewPausedFiveWorkingDaysForASupplement_LeavesThemOutOfReviewDaysAndDecisionDate()
    {
        var clock = Clock();
        await using var app = await TestApp.StartAsync(clock: clock);
        var world = await ArrangeSupplementAsync(app, clock);

        var figures = (await app.InScopeAsync(services => services.GetRequiredService<DashboardReader>()
            .ReadAsync(new AccessPolicy(world.Board), Language.Vietnamese, CancellationToken.None)))!;

        // 5 Oct → 30 Oct is 19 working days. MOIT's clock stood still 5 of them: 14 days, due 15 + 5 = 20 working days
        // after 5 Oct (Mon 2 Nov), on time. MAE's ran all 19: late (due Mon 26 Oct).
        var moit = figures.Reviews.Single(r => r.BodyId == world.Moit.Id);
        var mae = figures.Reviews.Single(r => r.BodyId == world.Mae.Id);
        Assert.Equal((1, 0, 14m), (moit.OnTime, moit.Late, moit.MedianWorkingDays));
        Assert.Equal((0, 1, 19m), (mae.OnTime, mae.Late, mae.MedianWorkingDays));
        // The Board evaluates: due 40 + 5 paused = 45 working days after Mon 5 Oct = Mon 7 Dec; + 10 = Mon 21 Dec 2026.
        var park = Assert.Single(figures.Pipeline);
        Assert.Equal(PipelineStage.UnderReview, park.Stage);
        Assert.Equal(new DateOnly(2026, 12, 21), park.ExpectedDecisionOn);
        Assert.Empty(park.OverdueTasks);
    }
}
