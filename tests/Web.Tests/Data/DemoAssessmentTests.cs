using Certification.Criteria.Evaluation;
using Certification.Criteria.Wording;
using Certification.Web.Data;
using Certification.Web.Data.Demo;
using Certification.Web.Infrastructure.Assessment;
using Certification.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Data;

public sealed class DemoAssessmentTests
{
    [Fact]
    public async Task LoadOnceAsync_FirstDemoPark_EvaluatesToAMixOfMetNotMetAndNotReported()
    {
        await using var app = await TestApp.StartAsync();
        await app.InScopeAsync(s => s.GetRequiredService<DemoData>().LoadOnceAsync(default));
        var parkId = await app.InScopeAsync(s => s.GetRequiredService<CertificationDbContext>().Parks
            .Where(p => p.IsDemo && p.Name == "KCN Amata").Select(p => p.Id).SingleAsync());
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var result = await app.InScopeAsync(s => s.GetRequiredService<ParkEvaluator>().EvaluateAsync(parkId, today, Language.Vietnamese, default));

        var outcomes = result.Evaluation.Indicators.ToDictionary(r => r.Code, r => r.Outcome);
        Assert.Equal(IndicatorOutcome.Met, outcomes["ENV.1"]);
        Assert.Equal(IndicatorOutcome.Met, outcomes["ENV.2"]);
        Assert.Equal(IndicatorOutcome.NotMet, outcomes["ENV.5"]);
        Assert.Equal(IndicatorOutcome.NotReported, outcomes["SOC.2"]);
        Assert.Equal(IndicatorOutcome.NotReported, outcomes["ECO.1"]);
        Assert.False(result.Evaluation.AllMandatoryMet);
    }
}
