using System.Net;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;

namespace Certification.Web.Tests.Pages.Admin;

public sealed class AdminAccessTests
{
    public static TheoryData<string, OrganisationKind, string> NonAdministrators => new()
    {
        { Roles.Board, OrganisationKind.ManagementBoard, "/Admin/Users" },
        { Roles.Board, OrganisationKind.ManagementBoard, "/Admin/Users/Invite" },
        { Roles.Board, OrganisationKind.ManagementBoard, "/Admin/Organisations" },
        { Roles.Board, OrganisationKind.ManagementBoard, "/Admin/Organisations/Create" },
        { Roles.Board, OrganisationKind.ManagementBoard, "/Admin/Audit" },
        { Roles.Committee, OrganisationKind.PeoplesCommittee, "/Admin/Audit" },
        { Roles.ParkDeveloper, OrganisationKind.ParkInvestor, "/Admin/Users" },
        { Roles.Enterprise, OrganisationKind.Enterprise, "/Admin/Users/Invite" },
    };

    [Theory]
    [MemberData(nameof(NonAdministrators))]
    public async Task Get_AsNonAdministrator_IsDenied(string role, OrganisationKind kind, string path)
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var organisation = await world.OrganisationAsync(kind, province.Id);
        var user = await world.UserAsync(role, organisation.Id);
        var client = await SignedInClient.SignInAsync(app, user);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery());
    }

    [Fact]
    public async Task Post_InviteAsNonAdministrator_CreatesNobody()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var board = await world.OrganisationAsync(OrganisationKind.ManagementBoard, province.Id);
        var user = await world.UserAsync(Roles.Board, board.Id);
        var client = await SignedInClient.SignInAsync(app, user);

        var response = await SignedInClient.PostFormAsync(client, "/Admin/Users/Invite", new()
        {
            ["Input.OrganisationId"] = board.Id.ToString(), ["Input.Role"] = Roles.Administrator,
            ["Input.Email"] = "sneaky@test.local", ["Input.DisplayName"] = "Sneaky",
        }, formPageUrl: "/Account/Manage");

        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery());
        Assert.Equal(0L, await app.Database.ScalarAsync<long>("SELECT count(*) FROM \"AspNetUsers\" WHERE \"Email\" = 'sneaky@test.local'"));
    }

    [Fact]
    public async Task Get_Anonymous_RedirectsToLogin()
    {
        await using var app = await TestApp.StartAsync();

        var response = await SignedInClient.Anonymous(app).GetAsync("/Admin/Audit");

        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery());
    }
}

internal static class LocationExtensions
{
    /// <summary>The path and query of a redirect, whether the app sent it absolute or relative.</summary>
    public static string PathAndQuery(this Uri location) =>
        location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
}
