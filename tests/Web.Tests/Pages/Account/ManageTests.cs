using System.Net;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;

namespace Certification.Web.Tests.Pages.Account;

public sealed class ManageTests
{
    [Fact]
    public async Task OnGet_ShowsOwnOrganisationRoleAndTwoFactorStatus()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id, name: "Công ty Hạ tầng Thử nghiệm");
        var user = await world.UserAsync(Roles.ParkDeveloper, investor.Id);
        var client = await SignedInClient.SignInAsync(app, user);

        var page = await (await client.GetAsync("/Account/Manage")).Content.ReadAsStringAsync();

        Assert.Contains("Công ty Hạ tầng Thử nghiệm", page);
        Assert.Contains("Chủ đầu tư hạ tầng KCN", page);
        Assert.Contains(user.Email, page);
        Assert.Contains("href=\"/Account/EnableAuthenticator\"", page);
    }

    [Fact]
    public async Task OnPost_ChoosingEnglish_SavesThePreferenceAndShowsEnglish()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var user = await world.UserAsync(Roles.ParkDeveloper, investor.Id);
        var client = await SignedInClient.SignInAsync(app, user);

        var save = await SignedInClient.PostFormAsync(client, "/Account/Manage", new() { ["Input.DisplayName"] = "Nguyễn Văn Thử", ["Input.Culture"] = "en" });
        var page = await (await client.GetAsync("/Account/Manage")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        Assert.Contains("My account", page);
        Assert.Contains("Your account details were saved.", page);
        Assert.Equal("en", await app.Database.ScalarAsync<string>($"SELECT \"PreferredCulture\" FROM \"AspNetUsers\" WHERE \"Id\" = '{user.Id}'"));
        Assert.Equal("Nguyễn Văn Thử", await app.Database.ScalarAsync<string>($"SELECT \"DisplayName\" FROM \"AspNetUsers\" WHERE \"Id\" = '{user.Id}'"));
    }

    [Fact]
    public async Task OnGet_ForBoardUser_OffersResetButNotDisable()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var board = await world.OrganisationAsync(OrganisationKind.ManagementBoard, province.Id);
        var user = await world.UserAsync(Roles.Board, board.Id);
        var client = await SignedInClient.SignInAsync(app, user);

        var page = await (await client.GetAsync("/Account/Manage")).Content.ReadAsStringAsync();

        Assert.Contains("href=\"/Account/ResetAuthenticator\"", page);
        Assert.DoesNotContain("href=\"/Account/DisableTwoFactor\"", page);
    }

    [Fact]
    public async Task DisableTwoFactor_ForBoardUser_IsForbiddenAndTwoFactorStaysOn()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var board = await world.OrganisationAsync(OrganisationKind.ManagementBoard, province.Id);
        var user = await world.UserAsync(Roles.Board, board.Id);
        var client = await SignedInClient.SignInAsync(app, user);

        var response = await SignedInClient.PostFormAsync(client, "/Account/DisableTwoFactor", new());

        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString);
        Assert.True(await app.Database.ScalarAsync<bool>($"SELECT \"TwoFactorEnabled\" FROM \"AspNetUsers\" WHERE \"Id\" = '{user.Id}'"));
    }

    [Fact]
    public async Task DisableTwoFactor_ForEnterpriseUserWhoOptedIn_TurnsItOff()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var enterprise = await world.OrganisationAsync(OrganisationKind.Enterprise, province.Id);
        var user = await world.UserAsync(Roles.Enterprise, enterprise.Id, withTwoFactor: true);
        var client = await SignedInClient.SignInAsync(app, user);

        var response = await SignedInClient.PostFormAsync(client, "/Account/DisableTwoFactor", new());
        var again = await SignedInClient.PostFormAsync(SignedInClient.Anonymous(app), "/Account/Login",
            new() { ["Input.Email"] = user.Email, ["Input.Password"] = TestWorld.Password });

        Assert.Equal("/Account/Manage", response.Headers.Location!.OriginalString);
        Assert.Equal("/", again.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ResetAuthenticator_ForBoardUser_SendsBackToEnrolmentWithANewKey()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var board = await world.OrganisationAsync(OrganisationKind.ManagementBoard, province.Id);
        var user = await world.UserAsync(Roles.Board, board.Id);
        var client = await SignedInClient.SignInAsync(app, user);

        var reset = await SignedInClient.PostFormAsync(client, "/Account/ResetAuthenticator", new());
        var home = await client.GetAsync("/");
        var key = PageHtml.TextOf(await (await client.GetAsync("/Account/EnableAuthenticator")).Content.ReadAsStringAsync(), "shared-key");

        Assert.Equal("/Account/EnableAuthenticator", reset.Headers.Location!.OriginalString);
        Assert.Equal("/Account/EnableAuthenticator", home.Headers.Location!.OriginalString);
        Assert.NotEqual(user.AuthenticatorKey!.ToLowerInvariant(), key.Replace(" ", ""));
    }
}
