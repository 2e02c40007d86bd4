using System.Net;
using Certification.Web.Domain.Organisations;
using Certification.Web.Domain.Parks;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;

namespace Certification.Web.Tests.Pages.Dashboard;

/// <summary>The /Dashboard page: who may open it, and what it writes from the hand-counted <see cref="IndicatorWorld"/>.</summary>
public sealed class DashboardPageTests
{
    [Fact]
    public async Task Dashboard_AsBoard_DrawsEveryChartWithTheHandCountedFigures()
    {
        await using var app = await TestApp.StartAsync();
        var world = await IndicatorWorld.ArrangeAsync(app);
        var client = await SignedInClient.SignInAsync(app, world.BoardUser);

        var response = await client.GetAsync("/Dashboard");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var chart in new[] { "target-certified", "target-recp", "target-energy", "chart-stages", "chart-recp", "chart-energy",
                     "chart-symbiosis", "chart-kwh", "chart-water", "chart-co2", "chart-vnd" })
        {
            Assert.Contains($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"{chart}\"", html);
            Assert.Contains($"<title id=\"{chart}-title\">", html);
        }
        Assert.Equal("0 / 2 KCN sinh thái đến năm 2030", PageHtml.TextOf(html, "certified-progress"));
        Assert.Equal("3 doanh nghiệp trên 5 (năm 2025)", PageHtml.TextOf(html, "recp-progress"));
        Assert.Equal("2 KCN trên 3 (năm 2025)", PageHtml.TextOf(html, "energy-progress"));
        var indicators = PageHtml.TableOf(html, "indicator-table");
        Assert.Contains("1 / 5 (20 %)", indicators);
        Assert.Contains("3 / 5 (60 %)", indicators);
        Assert.Contains("1 / 3 (33,3 %)", indicators);
        Assert.Contains("2 / 3 (66,7 %)", indicators);
        // The RECP trend carries its values and the 10 % target as text a screen reader reads out.
        Assert.Contains("2024: 20 %; 2025: 60 %", PageHtml.Decoded(html));
        Assert.Contains("Mục tiêu 2030: 10 %", PageHtml.Decoded(html));
        Assert.Contains("id=\"heatmap\"", html);
        Assert.Contains("href=\"/Dashboard\"", html); // the navigation links it
    }

    [Fact]
    public async Task Dashboard_NewlyEstablishedPark_ShowsItsEightYearDeadlineAndTrend()
    {
        await using var app = await TestApp.StartAsync();
        var world = await IndicatorWorld.ArrangeAsync(app);
        var investor = await app.World().OrganisationAsync(OrganisationKind.ParkInvestor, world.Board.ProvinceId);
        // TestWorld parks are established on 1 Jan 2005: the 8 years ended on 1 Jan 2013.
        var park = await app.World().ParkAsync(world.Board.ProvinceId!.Value, investor.Id, "KCN Mới " + TestWorld.Unique(), ParkEstablishment.NewlyEstablished);
        var client = await SignedInClient.SignInAsync(app, world.BoardUser);

        var html = await (await client.GetAsync("/Dashboard")).Content.ReadAsStringAsync();

        var table = PageHtml.TableOf(html, "new-park-table");
        Assert.Contains($"data-park-id=\"{park.Id}\" data-last-day=\"2013-01-01\"", table);
        Assert.Contains("quá hạn", table);
        Assert.Contains("id=\"chart-new-parks\"", html);
        Assert.DoesNotContain(world.Parks["KCN X"].ToString(), table); // existing parks have no 8-year deadline
    }

    [Fact]
    public async Task Dashboard_InEnglish_ShowsNoVietnameseWords()
    {
        await using var app = await TestApp.StartAsync();
        var world = await IndicatorWorld.ArrangeAsync(app, culture: "en");
        var client = await SignedInClient.SignInAsync(app, world.BoardUser);

        var text = await PageContent.MainTextAsync(await client.GetAsync("/Dashboard"));

        Assert.Contains("0 / 2 eco-industrial parks by 2030", text);
        Assert.Empty(PageContent.VietnameseWords(text));
    }

    public static TheoryData<string> OtherRoles => new() { Roles.ParkDeveloper, Roles.Enterprise, Roles.Reviewer };

    [Theory]
    [MemberData(nameof(OtherRoles))]
    public async Task Dashboard_AsRoleOutsideTheProvinceLeadership_IsRefused(string role)
    {
        await using var app = await TestApp.StartAsync();
        var session = await RoleSession.StartAsync(app, role);

        var page = await session.Client.GetAsync("/Dashboard");
        var export = await session.Client.GetAsync("/Dashboard/Export?what=indicators&format=csv");

        Assert.Contains(page.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.Redirect });
        Assert.Contains("AccessDenied", page.Headers.Location?.OriginalString ?? "AccessDenied");
        Assert.Contains(export.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.Redirect });
        Assert.DoesNotContain("Năm", await export.Content.ReadAsStringAsync());
    }
}
