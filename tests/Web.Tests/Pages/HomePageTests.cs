using System.Net;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;

namespace Certification.Web.Tests.Pages;

public sealed class HomePageTests
{
    public static TheoryData<string, OrganisationKind, string> RoleHomes => new()
    {
        { Roles.ParkDeveloper, OrganisationKind.ParkInvestor, "Khu công nghiệp của tôi" },
        { Roles.Enterprise, OrganisationKind.Enterprise, "Doanh nghiệp của tôi" },
        { Roles.Reviewer, OrganisationKind.ReviewingBody, "Hộp công việc thẩm định" },
        { Roles.Board, OrganisationKind.ManagementBoard, "Ban Quản lý: tổng quan tỉnh" },
        { Roles.Committee, OrganisationKind.PeoplesCommittee, "UBND tỉnh: quyết định công nhận" },
        { Roles.Administrator, OrganisationKind.ManagementBoard, "Quản trị hệ thống" },
    };

    [Theory]
    [MemberData(nameof(RoleHomes))]
    public async Task Index_SignedInAsRole_ShowsThatRolesHome(string role, OrganisationKind kind, string heading)
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var organisation = await world.OrganisationAsync(kind, kind == OrganisationKind.ReviewingBody ? null : province.Id);
        var user = await world.UserAsync(role, organisation.Id);
        var client = await SignedInClient.SignInAsync(app, user);

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
