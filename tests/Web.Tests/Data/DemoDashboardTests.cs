using Certification.Criteria.Wording;
using Certification.Web.Data;
using Certification.Web.Data.Demo;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Dashboard;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Data;

public sealed class DemoDashboardTests
{
    [Fact]
    public async Task Demo_AsDemoBoard_ShowsParksInFiveStagesTwoYearsOfIndicatorsAndReviews()
    {
        await using var app = await TestApp.StartAsync();
        await app.InScopeAsync(async services =>
        {
            await services.GetRequiredService<DemoData>().LoadOnceAsync(CancellationToken.None);
            await services.GetRequiredService<DemoApplications>().LoadOnceAsync(CancellationToken.None);
        });
        var board = await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CertificationDbContext>();
            var user = await db.Users.SingleAsync(u => u.Email == "board@demo.local");
            var organisation = await db.Organisations.SingleAsync(o => o.Id == user.OrganisationId);
            return new CurrentUser(user.Id, user.DisplayName, organisation.Id, organisation.Kind, organisation.ProvinceId, null,
                new HashSet<string> { Roles.Board });
        });

        var figures = (await app.InScopeAsync(services => services.GetRequiredService<DashboardReader>()
            .ReadAsync(new AccessPolicy(board), Language.Vietnamese, CancellationToken.None)))!;

        var stages = figures.Pipeline.ToDictionary(p => p.ParkName, p => p.Stage);
        Assert.Equal(PipelineStage.Certified, stages["KCN Amata"]);
        Assert.Equal(PipelineStage.SelfAssessing, stages["KCN Nhơn Trạch 3"]);
        Assert.Equal(5, figures.Pipeline.Select(p => p.Stage).Distinct().Count()); // all but "under review": Amata's is certified
        Assert.Equal(1, figures.InStage(PipelineStage.WithCommittee));
        Assert.Equal(1, figures.InStage(PipelineStage.Submitted));
        Assert.True(figures.HasDemoData);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.Equal([today.Year - 2, today.Year - 1], figures.Indicators.Select(y => y.Year));
        Assert.True(figures.Indicators[1].RecpEnterprises > figures.Indicators[0].RecpEnterprises, "RECP should grow in the demo.");
        Assert.True(figures.Indicators[1].LinksTotal >= 3);
        Assert.NotEmpty(figures.Reviews);
        Assert.Equal(6, figures.Compliance.Parks.Count);
    }
}
