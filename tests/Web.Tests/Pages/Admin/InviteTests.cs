using System.Net;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;

namespace Certification.Web.Tests.Pages.Admin;

public sealed class InviteTests
{
    [Fact]
    public async Task Invite_ThenFirstSignIn_ForcesPasswordChangeThenReachesHome()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await RoleSession.StartAsync(app, Roles.Administrator);
        var investor = await app.World().OrganisationAsync(OrganisationKind.ParkInvestor, admin.Province.Id);
        var email = $"new-{TestWorld.Unique()}@test.local";

        var invite = await InviteAsync(admin.Client, investor.Id, Roles.ParkDeveloper, email);
        var invitePage = await invite.Content.ReadAsStringAsync();
        var oneTimePassword = PageHtml.TextOf(invitePage, "one-time-password");

        var newcomer = SignedInClient.Anonymous(app);
        var signIn = await SignedInClient.PostFormAsync(newcomer, "/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = oneTimePassword });
        var gated = await newcomer.GetAsync("/");
        var change = await SignedInClient.PostFormAsync(newcomer, "/Account/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = oneTimePassword, ["Input.NewPassword"] = "MyOwnPassword7", ["Input.ConfirmPassword"] = "MyOwnPassword7",
        });
        var home = await newcomer.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, invite.StatusCode);
        Assert.Contains("no-store", invite.Headers.CacheControl!.ToString());
        Assert.Matches("^(?=.*[A-Z])(?=.*[a-z])(?=.*[0-9]).{14,}$", oneTimePassword);
        Assert.Contains($"Thư mời kèm liên kết đặt mật khẩu đã được xếp hàng gửi tới {email}", PageHtml.Decoded(invitePage));
        Assert.Equal("Invitation", await app.Database.ScalarAsync<string>($"SELECT \"Template\" FROM \"OutboxMessages\" WHERE \"RecipientEmail\" = '{email}'"));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/Account/ChangePassword", gated.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Khu công nghiệp của tôi", await home.Content.ReadAsStringAsync());
        Assert.Equal(investor.Id, await app.Database.ScalarAsync<Guid>($"SELECT \"OrganisationId\" FROM \"AspNetUsers\" WHERE \"Email\" = '{email}'"));
        Assert.Equal("ParkDeveloper", await app.Database.ScalarAsync<string>(
            $"SELECT r.\"Name\" FROM \"AspNetUserRoles\" ur JOIN \"AspNetRoles\" r ON r.\"Id\" = ur.\"RoleId\" JOIN \"AspNetUsers\" u ON u.\"Id\" = ur.\"UserId\" WHERE u.\"Email\" = '{email}'"));
    }

    [Fact]
    public async Task OnPost_ReviewerIntoParkInvestor_ShowsErrorOnRoleFieldAndCreatesNobody()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await RoleSession.StartAsync(app, Roles.Administrator);
        var investor = await app.World().OrganisationAsync(OrganisationKind.ParkInvestor, admin.Province.Id);
        var email = $"reviewer-{TestWorld.Unique()}@test.local";

        var response = await InviteAsync(admin.Client, investor.Id, Roles.Reviewer, email);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Vai trò “Chuyên viên thẩm định” chỉ dành cho người thuộc tổ chức loại “Cơ quan thẩm định”; tổ chức đã chọn thuộc loại “Công ty đầu tư hạ tầng KCN”.",
            PageHtml.FieldError(html, "Input.Role"));
        Assert.DoesNotContain("one-time-password", html);
        Assert.Equal(0L, await app.Database.ScalarAsync<long>($"SELECT count(*) FROM \"AspNetUsers\" WHERE \"Email\" = '{email}'"));
    }

    [Fact]
    public async Task OnPost_ReviewerIntoNationalMinistry_IsAllowed()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await RoleSession.StartAsync(app, Roles.Administrator);
        var ministry = await app.World().OrganisationAsync(OrganisationKind.ReviewingBody, null, "MOIT");

        var response = await InviteAsync(admin.Client, ministry.Id, Roles.Reviewer, $"moit-{TestWorld.Unique()}@test.local");

        Assert.NotEmpty(PageHtml.TextOf(await response.Content.ReadAsStringAsync(), "one-time-password"));
    }

    [Fact]
    public async Task OnPost_OrganisationOfAnotherProvince_IsRefusedOnTheOrganisationField()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await RoleSession.StartAsync(app, Roles.Administrator);
        var elsewhere = await app.World().ProvinceAsync();
        var foreignInvestor = await app.World().OrganisationAsync(OrganisationKind.ParkInvestor, elsewhere.Id);
        var email = $"foreign-{TestWorld.Unique()}@test.local";

        var response = await InviteAsync(admin.Client, foreignInvestor.Id, Roles.ParkDeveloper, email);

        Assert.Equal("Tổ chức không hợp lệ.", PageHtml.FieldError(await response.Content.ReadAsStringAsync(), "Input.OrganisationId"));
        Assert.Equal(0L, await app.Database.ScalarAsync<long>($"SELECT count(*) FROM \"AspNetUsers\" WHERE \"Email\" = '{email}'"));
    }

    [Fact]
    public async Task OnPost_ExistingEmail_NamesTheEmailField()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await RoleSession.StartAsync(app, Roles.Administrator);
        var investor = await app.World().OrganisationAsync(OrganisationKind.ParkInvestor, admin.Province.Id);
        var existing = await app.World().UserAsync(Roles.ParkDeveloper, investor.Id);

        var response = await InviteAsync(admin.Client, investor.Id, Roles.ParkDeveloper, existing.Email);

        Assert.Equal($"Email {existing.Email} đã được sử dụng.", PageHtml.FieldError(await response.Content.ReadAsStringAsync(), "Input.Email"));
    }

    [Fact]
    public async Task OnPost_MissingFields_NamesEachInVietnamese()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await RoleSession.StartAsync(app, Roles.Administrator);

        var response = await SignedInClient.PostFormAsync(admin.Client, "/Admin/Users/Invite", new()
        {
            ["Input.OrganisationId"] = "", ["Input.Role"] = "", ["Input.Email"] = "", ["Input.DisplayName"] = "",
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("Vui lòng chọn Tổ chức.", PageHtml.FieldError(html, "Input.OrganisationId"));
        Assert.Equal("Vui lòng chọn Vai trò.", PageHtml.FieldError(html, "Input.Role"));
        Assert.Equal("Vui lòng nhập Email.", PageHtml.FieldError(html, "Input.Email"));
        Assert.Equal("Vui lòng nhập Họ và tên.", PageHtml.FieldError(html, "Input.DisplayName"));
    }

    internal static Task<HttpResponseMessage> InviteAsync(HttpClient client, Guid organisationId, string role, string email) =>
        SignedInClient.PostFormAsync(client, "/Admin/Users/Invite", new()
        {
            ["Input.OrganisationId"] = organisationId.ToString(), ["Input.Role"] = role,
            ["Input.Email"] = email, ["Input.DisplayName"] = "Người Được Mời",
        });
}
