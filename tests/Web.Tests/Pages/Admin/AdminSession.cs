using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;

namespace Certification.Web.Tests.Pages.Admin;

/// <summary>A province with a management board and an administrator of it, signed in.</summary>
internal sealed record AdminSession(Province Province, Organisation Board, TestWorld.TestUser Administrator, HttpClient Client)
{
    public static async Task<AdminSession> StartAsync(TestApp app, string culture = "vi")
    {
        var world = app.World();
        var province = await world.ProvinceAsync();
        var board = await world.OrganisationAsync(OrganisationKind.ManagementBoard, province.Id);
        var administrator = await world.UserAsync(Roles.Administrator, board.Id, culture: culture);
        return new AdminSession(province, board, administrator, await SignedInClient.SignInAsync(app, administrator));
    }
}
