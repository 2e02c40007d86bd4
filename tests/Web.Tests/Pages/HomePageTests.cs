using System.Net;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;

namespace Certification.Web.Tests.Pages;

public sealed class HomePageTests
{
    public static TheoryData<string, string> RoleHomes => new()
    {
        { Roles.ParkDeveloper, "Khu công nghiệp của tôi" },
        { Roles.Enterprise, "Doanh nghiệp của tôi" },
        { Roles.Reviewer, "Hộp công việc thẩm định" },
        { Roles.Board, "Ban Quản lý: tổng quan tỉnh" },
        { Roles.Committee, "UBND tỉnh: quyết định công nhận" },
        { Roles.Administrator, "Quản trị hệ thống" },
    };

    [Theory]
    [MemberData(nameof(RoleHomes))]
    public async Task Index_SignedInAsRole_ShowsThatRolesHome(string role, string heading)
    {
        await using var app = await TestApp.StartAsync();
        var client = (await RoleSession.StartAsync(app, role)).Client;

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(heading, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Index_Anonymous_RedirectsToLogin()
    {
        await using var app = await TestApp.StartAsync();
        var response = await SignedInClient.Anonymous(app).GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString);
    }
}
