using Certification.Web.Domain.Organisations;
using Certification.Web.Domain.Parks;
using Certification.Web.Tests.Infrastructure;
using Certification.Web.Tests.Infrastructure.Browser;
using Certification.Web.Tests.Pages.Dashboard;
using Microsoft.Playwright;

namespace Certification.Web.Tests.Browser;

/// <summary>
/// The Board opens the province dashboard in Chromium: parks in every stage (<see cref="PipelineWorld"/>) and two years of
/// facts and links (<see cref="IndicatorWorld"/>) in one province. Every chart is drawn with a size, on screen and in
/// print; the screenshots (dashboard-board.png, dashboard-print.png) are kept for a person to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardBrowserTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task Dashboard_AsBoard_DrawsEveryChartOnScreenAndInPrint()
    {
        var clock = PipelineWorld.Clock();
        await using var app = await TestApp.StartOnKestrelAsync(clock: clock);
        var pipeline = await PipelineWorld.ArrangeAsync(app, clock);
        var world = await IndicatorWorld.ArrangeAsync(app, board: pipeline.BoardOrganisation);
        var investor = await app.World().OrganisationAsync(OrganisationKind.ParkInvestor, pipeline.BoardOrganisation.ProvinceId);
        await app.World().ParkAsync(pipeline.BoardOrganisation.ProvinceId!.Value, investor.Id, "KCN H Thành lập mới", ParkEstablishment.NewlyEstablished);

        await using var board = await BrowserUser.SignInAsync(chromium, app, world.BoardUser);
        await board.Page.ClickAsync("#nav-dashboard");
        await board.Page.WaitForSelectorAsync("#heatmap");
        var screen = await ChartSizesAsync(board.Page);
        await board.ScreenshotAsync("dashboard-board");
        await board.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var print = await ChartSizesAsync(board.Page);
        var navigationHidden = !await board.Page.IsVisibleAsync(".site-header");
        await board.ScreenshotAsync("dashboard-print");

        Assert.Equal(13, screen.Count); // 3 targets, stages, 2 trends, symbiosis, 4 savings, reviews, new parks
        Assert.All(screen, chart => Assert.True(chart.Width > 200 && chart.Height > 60, $"{chart.Id} is drawn {chart.Width}×{chart.Height}"));
        Assert.All(print, chart => Assert.True(chart.Width > 100 && chart.Height > 40, $"In print, {chart.Id} is drawn {chart.Width}×{chart.Height}"));
        Assert.True(navigationHidden, "The navigation is printed.");
        Assert.Equal("1 / 2 KCN sinh thái đến năm 2030", (await board.Page.InnerTextAsync("#certified-progress")).Trim());
        Assert.Equal(10, await board.Page.Locator("#pipeline-table tbody tr").CountAsync());
    }

    private static async Task<List<(string Id, float Width, float Height)>> ChartSizesAsync(IPage page)
    {
        var sizes = new List<(string, float, float)>();
        foreach (var chart in await page.QuerySelectorAllAsync("svg.chart"))
        {
            var box = await chart.BoundingBoxAsync();
            sizes.Add((await chart.GetAttributeAsync("id") ?? "", box?.Width ?? 0, box?.Height ?? 0));
        }
        return sizes;
    }
}
