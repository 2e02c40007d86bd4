using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;
using Certification.Web.Tests.Infrastructure.Browser;

namespace Certification.Web.Tests.Browser;

/// <summary>Chromium against the app on Kestrel: sign-in (with TOTP for the Board) and a park registered through the form.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SignInAndParkBrowserTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task RegisterPark_AsDeveloperInBrowser_BoardOfProvinceSeesIt()
    {
        await using var app = await TestApp.StartOnKestrelAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var board = await world.OrganisationAsync(OrganisationKind.ManagementBoard, province.Id);
        var developer = await world.UserAsync(Roles.ParkDeveloper, investor.Id);
        var officer = await world.UserAsync(Roles.Board, board.Id, withTwoFactor: true);
        var parkName = "KCN Sinh thái Trảng Bom " + TestWorld.Unique();

        await using (var person = await BrowserUser.SignInAsync(chromium, app, developer))
        {
            await person.Page.GotoAsync("/Parks/Create");
            await person.Page.FillAsync("#Input_Name", parkName);
            await person.Page.FillAsync("#Input_AreaHectares", "330,5");
            await person.Page.FillAsync("#Input_EstablishedOn", "2008-05-20");
            await person.Page.SelectOptionAsync("#Input_Establishment", "Existing");
            await person.Page.ClickAsync("main button[type=submit]");
            await person.Page.WaitForURLAsync(url => url.Contains("/Parks/", StringComparison.Ordinal) && !url.EndsWith("/Create", StringComparison.Ordinal));
            Assert.Contains(parkName, await person.Page.InnerTextAsync("main"));
        }

        await using var boardOfficer = await BrowserUser.SignInAsync(chromium, app, officer);
        await boardOfficer.Page.GotoAsync("/Parks");
        var list = await boardOfficer.Page.InnerTextAsync("main");
        await boardOfficer.ScreenshotAsync("board-park-list");

        Assert.Contains(parkName, list);
    }

    [Fact]
    public async Task SignIn_WrongPasswordInBrowser_StaysOnLoginWithMessage()
    {
        await using var app = await TestApp.StartOnKestrelAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var developer = await world.UserAsync(Roles.ParkDeveloper, investor.Id);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => BrowserUser.SignInAsync(chromium, app, developer, password: "Sai-mat-khau-1"));

        Assert.Contains("Email hoặc mật khẩu không đúng", error.Message);
    }
}
