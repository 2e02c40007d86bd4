using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;

namespace Certification.Web.Tests.Pages.Admin;

public sealed class UsersTests
{
    [Fact]
    public async Task OnGet_ListsUsersOfOwnProvinceAndNationalBodiesOnly()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await RoleSession.StartAsync(app, Roles.Administrator);
        var world = app.World();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, admin.Province.Id);
        var ministry = await world.OrganisationAsync(OrganisationKind.ReviewingBody, null, "MOC");
        var elsewhere = await world.ProvinceAsync();
        var foreignInvestor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, elsewhere.Id);
        var developer = await world.UserAsync(Roles.ParkDeveloper, investor.Id, mustChangePassword: true);
        var reviewer = await world.UserAsync(Roles.Reviewer, ministry.Id);
        var foreigner = await world.UserAsync(Roles.ParkDeveloper, foreignInvestor.Id);

        var page = await (await admin.Client.GetAsync("/Admin/Users")).Content.ReadAsStringAsync();

        Assert.Contains(developer.Email, page);
        Assert.Contains(reviewer.Email, page);
        Assert.Contains(admin.User.Email, page);
        Assert.DoesNotContain(foreigner.Email, page);
        Assert.Contains("Chưa đăng nhập lần đầu", page);
    }
}
