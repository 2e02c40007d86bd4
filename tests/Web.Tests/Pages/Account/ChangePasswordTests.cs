using System.Net;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;

namespace Certification.Web.Tests.Pages.Account;

public sealed class ChangePasswordTests
{
    [Fact]
    public async Task OnPost_WithWeakPassword_ExplainsThePolicyInVietnamese()
    {
        await using var app = await TestApp.StartAsync();
        var client = await SignInDeveloperAsync(app, culture: "vi");

        var response = await PostAsync(client, TestWorld.Password, "abc");

        var error = PageHtml.FieldError(await response.Content.ReadAsStringAsync(), "Input.NewPassword");
        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự.", error);
        Assert.Contains("Mật khẩu phải có ít nhất một chữ số.", error);
        Assert.Contains("Mật khẩu phải có ít nhất một chữ hoa.", error);
    }

    [Fact]
    public async Task OnPost_WithWeakPasswordForEnglishUser_ExplainsThePolicyInEnglish()
    {
        await using var app = await TestApp.StartAsync();
        var client = await SignInDeveloperAsync(app, culture: "en");

        var response = await PostAsync(client, TestWorld.Password, "abc");

        var html = await response.Content.ReadAsStringAsync();
        var error = PageHtml.FieldError(html, "Input.NewPassword");
        Assert.Contains("The password must have at least 10 characters.", error);
        Assert.Contains("The password must contain a digit.", error);
        Assert.Contains("The password must contain an upper-case letter.", error);
        // Regression: shared text (labels, layout) stayed Vietnamese on English pages; the shared resx was embedded under a name the localiser never asked for.
        Assert.Contains(">New password</label>", html);
        Assert.Contains(">Home</a>", html);
    }

    [Fact]
    public async Task OnPost_WithWrongCurrentPassword_NamesTheCurrentPasswordField()
    {
        await using var app = await TestApp.StartAsync();
        var client = await SignInDeveloperAsync(app);

        var response = await PostAsync(client, "NotMyPassword1", "BrandNewPassword9");

        Assert.Equal("Mật khẩu hiện tại không đúng.", PageHtml.FieldError(await response.Content.ReadAsStringAsync(), "Input.CurrentPassword"));
    }

    [Fact]
    public async Task OnPost_WhenConfirmationDiffers_SaysSo()
    {
        await using var app = await TestApp.StartAsync();
        var client = await SignInDeveloperAsync(app);

        var response = await SignedInClient.PostFormAsync(client, "/Account/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = TestWorld.Password, ["Input.NewPassword"] = "BrandNewPassword9", ["Input.ConfirmPassword"] = "BrandNewPassword8",
        });

        Assert.Equal("Mật khẩu xác nhận không khớp.", PageHtml.FieldError(await response.Content.ReadAsStringAsync(), "Input.ConfirmPassword"));
    }

    [Fact]
    public async Task OnPost_WithStrongPassword_KeepsTheUserSignedInAndTheNewPasswordWorks()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var user = await world.UserAsync(Roles.ParkDeveloper, investor.Id);
        var client = await SignedInClient.SignInAsync(app, user);

        var response = await PostAsync(client, TestWorld.Password, "BrandNewPassword9");
        var home = await client.GetAsync("/");
        var again = await SignedInClient.SignInAsync(app, user, "BrandNewPassword9");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Manage", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Gate_UserWithOneTimePassword_IsSentToChangePasswordUntilChanged()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var user = await world.UserAsync(Roles.ParkDeveloper, investor.Id, mustChangePassword: true);
        var client = await SignedInClient.SignInAsync(app, user);

        var before = await client.GetAsync("/");
        var change = await PostAsync(client, TestWorld.Password, "BrandNewPassword9");
        var after = await client.GetAsync("/");

        Assert.Equal("/Account/ChangePassword", before.Headers.Location!.OriginalString);
        Assert.Equal("/", change.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.False(await app.Database.ScalarAsync<bool>($"SELECT \"MustChangePassword\" FROM \"AspNetUsers\" WHERE \"Id\" = '{user.Id}'"));
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string current, string next) =>
        SignedInClient.PostFormAsync(client, "/Account/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = current, ["Input.NewPassword"] = next, ["Input.ConfirmPassword"] = next,
        });

    private static async Task<HttpClient> SignInDeveloperAsync(TestApp app, string culture = "vi")
    {
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var user = await world.UserAsync(Roles.ParkDeveloper, investor.Id, culture: culture);
        return await SignedInClient.SignInAsync(app, user);
    }
}
