using System.Net;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;

namespace Certification.Web.Tests.Pages.Account;

public sealed class EnableAuthenticatorTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Parks")]
    [InlineData("/Enterprises")]
    [InlineData("/Evidence")]
    public async Task Gate_BoardUserWithoutTwoFactor_IsSentToEnableAuthenticator(string path)
    {
        await using var app = await TestApp.StartAsync();
        var client = await SignInBoardWithoutTwoFactorAsync(app);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/EnableAuthenticator", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Gate_BoardUserWithoutTwoFactor_Gets403FromTheApi()
    {
        await using var app = await TestApp.StartAsync();
        var client = await SignInBoardWithoutTwoFactorAsync(app);

        var response = await client.GetAsync("/api/parks");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task OnPost_WithCodeFromTheShownKey_TurnsOnTwoFactorAndReachesHome()
    {
        await using var app = await TestApp.StartAsync();
        var client = await SignInBoardWithoutTwoFactorAsync(app);
        var page = await (await client.GetAsync("/Account/EnableAuthenticator")).Content.ReadAsStringAsync();
        var key = PageHtml.TextOf(page, "shared-key");

        var enrol = await SignedInClient.PostFormAsync(client, "/Account/EnableAuthenticator",
            new() { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        var home = await client.GetAsync("/");

        Assert.Contains("<svg", page);
        Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", key);
        var enrolPage = await enrol.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, enrol.StatusCode);
        Assert.Equal(10, System.Text.RegularExpressions.Regex.Matches(enrolPage, "<li><code class=\"secret\">").Count);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Ban Quản lý: tổng quan tỉnh", await home.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OnPost_AfterEnrolment_NextSignInAsksForTheCode()
    {
        await using var app = await TestApp.StartAsync();
        var (client, user) = await SignInBoardWithoutTwoFactorWithUserAsync(app);
        var key = PageHtml.TextOf(await (await client.GetAsync("/Account/EnableAuthenticator")).Content.ReadAsStringAsync(), "shared-key");
        await SignedInClient.PostFormAsync(client, "/Account/EnableAuthenticator", new() { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });

        var again = await SignedInClient.SignInAsync(app, user with { AuthenticatorKey = key });
        var home = await again.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task OnPost_WithWrongCode_KeepsTwoFactorOff()
    {
        await using var app = await TestApp.StartAsync();
        var client = await SignInBoardWithoutTwoFactorAsync(app);
        var key = PageHtml.TextOf(await (await client.GetAsync("/Account/EnableAuthenticator")).Content.ReadAsStringAsync(), "shared-key");

        var enrol = await SignedInClient.PostFormAsync(client, "/Account/EnableAuthenticator", new() { ["Input.Code"] = TwoFactorCodes.Wrong(key) });
        var home = await client.GetAsync("/");

        Assert.Equal("Mã xác thực không đúng.", PageHtml.FieldError(await enrol.Content.ReadAsStringAsync(), "Input.Code"));
        Assert.Equal("/Account/EnableAuthenticator", home.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task OnGet_WhenAlreadyEnrolled_DoesNotShowTheKeyAgain()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var board = await world.OrganisationAsync(OrganisationKind.ManagementBoard, province.Id);
        var user = await world.UserAsync(Roles.Board, board.Id);
        var client = await SignedInClient.SignInAsync(app, user);

        var page = await (await client.GetAsync("/Account/EnableAuthenticator")).Content.ReadAsStringAsync();

        Assert.DoesNotContain("shared-key", page);
        Assert.DoesNotContain(user.AuthenticatorKey!.ToLowerInvariant()[..4] + " ", page);
    }

    private static async Task<HttpClient> SignInBoardWithoutTwoFactorAsync(TestApp app) =>
        (await SignInBoardWithoutTwoFactorWithUserAsync(app)).Client;

    private static async Task<(HttpClient Client, TestWorld.TestUser User)> SignInBoardWithoutTwoFactorWithUserAsync(TestApp app)
    {
        var world = app.World();
        var province = await world.ProvinceAsync();
        var board = await world.OrganisationAsync(OrganisationKind.ManagementBoard, province.Id);
        var user = await world.UserAsync(Roles.Board, board.Id, withTwoFactor: false);
        return (await SignedInClient.SignInAsync(app, user), user);
    }
}
