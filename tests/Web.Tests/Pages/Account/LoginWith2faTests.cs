using System.Net;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Pages.Account;

public sealed class LoginWith2faTests
{
    [Fact]
    public async Task OnPost_WithCurrentCode_SignsInToTheReturnUrl()
    {
        await using var app = await TestApp.StartAsync();
        var user = await BoardUserAsync(app);
        var client = SignedInClient.Anonymous(app);

        var password = await SignedInClient.PostFormAsync(client, "/Account/Login?ReturnUrl=%2FAccount%2FManage",
            new() { ["Input.Email"] = user.Email, ["Input.Password"] = TestWorld.Password, ["ReturnUrl"] = "/Account/Manage" });
        var secondStep = password.Headers.Location!.OriginalString;
        var code = await SignedInClient.PostFormAsync(client, secondStep,
            new() { ["Input.TwoFactorCode"] = Totp.Code(user.AuthenticatorKey!, DateTimeOffset.UtcNow) });

        Assert.Contains("/Account/LoginWith2fa", secondStep);
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Equal("/Account/Manage", code.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task OnPost_WithWrongCode_RefusesAndStaysSignedOut()
    {
        await using var app = await TestApp.StartAsync();
        var user = await BoardUserAsync(app);
        var client = SignedInClient.Anonymous(app);
        var password = await SignedInClient.PostFormAsync(client, "/Account/Login",
            new() { ["Input.Email"] = user.Email, ["Input.Password"] = TestWorld.Password });

        var code = await SignedInClient.PostFormAsync(client, password.Headers.Location!.OriginalString,
            new() { ["Input.TwoFactorCode"] = TwoFactorCodes.Wrong(user.AuthenticatorKey!) });

        Assert.Equal(HttpStatusCode.OK, code.StatusCode);
        Assert.Equal("Mã xác thực không đúng.", PageHtml.FieldError(await code.Content.ReadAsStringAsync(), "Input.TwoFactorCode"));
        var home = await client.GetAsync("/");
        Assert.Contains("/Account/Login", home.Headers.Location!.OriginalString);
        Assert.Equal(1, await app.Database.ScalarAsync<int>($"SELECT \"AccessFailedCount\" FROM \"AspNetUsers\" WHERE \"Id\" = '{user.Id}'"));
    }

    [Fact]
    public async Task OnGet_WithoutThePasswordStep_RedirectsToLogin()
    {
        await using var app = await TestApp.StartAsync();

        var response = await SignedInClient.Anonymous(app).GetAsync("/Account/LoginWith2fa?ReturnUrl=%2F");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task RecoveryCode_UsedOnce_SignsInAndCannotBeUsedAgain()
    {
        await using var app = await TestApp.StartAsync();
        var user = await BoardUserAsync(app);
        var recoveryCode = await app.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var appUser = await users.FindByIdAsync(user.Id.ToString());
            return (await users.GenerateNewTwoFactorRecoveryCodesAsync(appUser!, 10))!.First();
        });

        var first = await SignInWithRecoveryCodeAsync(app, user, recoveryCode);
        var second = await SignInWithRecoveryCodeAsync(app, user, recoveryCode);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("Mã khôi phục không đúng hoặc đã được dùng.", PageHtml.FieldError(await second.Content.ReadAsStringAsync(), "Input.RecoveryCode"));
    }

    private static async Task<HttpResponseMessage> SignInWithRecoveryCodeAsync(TestApp app, TestWorld.TestUser user, string recoveryCode)
    {
        var client = SignedInClient.Anonymous(app);
        await SignedInClient.PostFormAsync(client, "/Account/Login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = TestWorld.Password });
        return await SignedInClient.PostFormAsync(client, "/Account/LoginWithRecoveryCode?ReturnUrl=%2F", new() { ["Input.RecoveryCode"] = recoveryCode });
    }

    private static async Task<TestWorld.TestUser> BoardUserAsync(TestApp app)
    {
        var world = app.World();
        var province = await world.ProvinceAsync();
        var board = await world.OrganisationAsync(OrganisationKind.ManagementBoard, province.Id);
        return await world.UserAsync(Roles.Board, board.Id);
    }
}
