using Certification.Criteria.Inputs;
using Certification.Criteria.Wording;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Dashboard;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;
using Certification.Web.Tests.Pages.Dashboard;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Infrastructure.Dashboard;

/// <summary>The province indicators of <see cref="IndicatorWorld"/> against the values counted by hand there.</summary>
public sealed class ProvinceIndicatorsTests
{
    [Fact]
    public async Task ReadAsync_TwoYearsOfFactsAndLinks_MatchesHandCountedIndicators()
    {
        await using var app = await TestApp.StartAsync();
        var world = await IndicatorWorld.ArrangeAsync(app);
        var board = PipelineWorld.Person(Roles.Board, world.Board);

        var figures = (await app.InScopeAsync(services => services.GetRequiredService<DashboardReader>()
            .ReadAsync(new AccessPolicy(board), Language.Vietnamese, CancellationToken.None)))!;

        Assert.Equal([2024, 2025], figures.Indicators.Select(y => y.Year));
        var (y2024, y2025) = (figures.Indicators[0], figures.Indicators[1]);
        Assert.Equal((5, 1, 20.0m, 3, 1, 33.3m), (y2024.Enterprises, y2024.RecpEnterprises, y2024.RecpPercent, y2024.Parks, y2024.ParksReached, y2024.ReachedPercent));
        Assert.Equal((5, 3, 60.0m, 3, 2, 66.7m), (y2025.Enterprises, y2025.RecpEnterprises, y2025.RecpPercent, y2025.Parks, y2025.ParksReached, y2025.ReachedPercent));
        Assert.Equal((1_000m, 80m, 1.5m, 2_000_000m), (y2024.ElectricityKwh, y2024.WaterCubicMetres, y2024.Co2Tonnes, y2024.Vnd));
        Assert.Equal((2_000m, 120m, 3m, 5_000_000m), (y2025.ElectricityKwh, y2025.WaterCubicMetres, y2025.Co2Tonnes, y2025.Vnd));
        Assert.Equal((2, 1, 0, 0, 0, 3), (y2024.LinksByType[SymbiosisType.InputOutputExchange], y2024.LinksByType[SymbiosisType.SharedServices],
            y2024.LinksByType[SymbiosisType.SharedInfrastructure], y2024.LinksByType[SymbiosisType.OtherParkCooperation], y2024.LinksByType[SymbiosisType.Other], y2024.LinksTotal));
        Assert.Equal((1, 1, 2), (y2025.LinksByType[SymbiosisType.InputOutputExchange], y2025.LinksByType[SymbiosisType.SharedServices], y2025.LinksTotal));
        Assert.Same(y2025, figures.Latest);
        // No application anywhere: nobody reviewed anything, nobody is certified.
        Assert.Empty(figures.Reviews);
        Assert.Equal(0, figures.CertifiedParks);
    }

    [Fact]
    public async Task ReadAsync_AsParkDeveloper_IsNull()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(Certification.Web.Domain.Organisations.OrganisationKind.ParkInvestor, province.Id);

        var figures = await app.InScopeAsync(services => services.GetRequiredService<DashboardReader>()
            .ReadAsync(new AccessPolicy(PipelineWorld.Person(Roles.ParkDeveloper, investor)), Language.Vietnamese, CancellationToken.None));

        Assert.Null(figures);
    }
}
