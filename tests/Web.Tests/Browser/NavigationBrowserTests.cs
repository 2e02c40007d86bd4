using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;
using Certification.Web.Tests.Infrastructure.Browser;

namespace Certification.Web.Tests.Browser;

/// <summary>
/// The header on a 1366-pixel laptop screen (the width <see cref="BrowserUser"/> opens), for every role in both
/// languages: the brand, the navigation and the tools stay on one line, and the grouped pages open from their menus.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NavigationBrowserTests(ChromiumFixture chromium)
{
    public static TheoryData<string, string> RolesAndLanguages() => new()
    {
        { Roles.Administrator, "vi" }, { Roles.Administrator, "en" }, { Roles.Board, "vi" }, { Roles.Board, "en" },
        { Roles.Committee, "vi" }, { Roles.ParkDeveloper, "vi" }, { Roles.ParkDeveloper, "en" }, { Roles.Enterprise, "vi" },
        { Roles.Reviewer, "vi" },
    };

    [Theory]
    [MemberData(nameof(RolesAndLanguages))]
    public async Task Header_AtLaptopWidth_StaysOnOneLine(string role, string culture)
    {
        await using var app = await TestApp.StartOnKestrelAsync();
        await using var person = await BrowserUser.SignInAsync(chromium, app, await UserAsync(app, role, culture));

        // Two bars: the brand with the tools, then the navigation. Each is one line when all its items share a top edge.
        var bar = await TopsAsync(person, ".header-bar > *, .header-tools > *");
        var navigation = await TopsAsync(person, ".main-nav > *");
        var navigationBox = await person.Page.Locator(".main-nav").BoundingBoxAsync();

        Assert.True(bar.Max() - bar.Min() < 12, $"The top bar of {role} ({culture}) wraps: item tops {string.Join(", ", bar)}.");
        Assert.True(navigation.Max() - navigation.Min() < 2, $"The navigation of {role} ({culture}) wraps: item tops {string.Join(", ", navigation)}.");
        Assert.True(navigationBox!.Height < 45, $"The navigation of {role} ({culture}) is {navigationBox.Height} px high.");
    }

    [Fact]
    public async Task AdministrationMenu_Opened_LeadsToTheAuditTrail()
    {
        await using var app = await TestApp.StartOnKestrelAsync();
        await using var administrator = await BrowserUser.SignInAsync(chromium, app, await UserAsync(app, Roles.Administrator, "vi"));

        await administrator.Page.ClickAsync("#nav-admin summary");
        await administrator.ScreenshotAsync("navigation-admin-menu");
        await administrator.Page.ClickAsync("#nav-admin a[href='/Admin/Audit']");

        Assert.EndsWith("/Admin/Audit", administrator.Page.Url);
    }

    private static Task<double[]> TopsAsync(BrowserUser person, string selector) =>
        person.Page.EvaluateAsync<double[]>(
            "selector => [...document.querySelectorAll(selector)].map(e => e.getBoundingClientRect()).filter(r => r.height > 0).map(r => r.top)",
            selector);

    private static async Task<TestWorld.TestUser> UserAsync(TestApp app, string role, string culture)
    {
        var province = await app.World().ProvinceAsync();
        var organisation = await app.World().OrganisationAsync(Roles.OrganisationKindFor(role),
            Roles.OrganisationKindFor(role) == OrganisationKind.ReviewingBody ? null : province.Id);
        return await app.World().UserAsync(role, organisation.Id, culture: culture);
    }
}
