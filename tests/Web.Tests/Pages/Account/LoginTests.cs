using System.Net;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;

namespace Certification.Web.Tests.Pages.Account;

public sealed class LoginTests
{
    [Fact]
    public async Task OnPost_AfterFiveWrongPasswords_LocksOutEvenTheRightPassword()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var organisation = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var user = await world.UserAsync(Roles.ParkDeveloper, organisation.Id);
        var client = SignedInClient.Anonymous(app);

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var wrong = await SignedInClient.PostFormAsync(client, "/Account/Login",
                new() { ["Input.Email"] = user.Email, ["Input.Password"] = "WrongPassword" + attempt });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }
        var right = await SignedInClient.PostFormAsync(client, "/Account/Login",
            new() { ["Input.Email"] = user.Email, ["Input.Password"] = TestWorld.Password });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Tài khoản tạm bị khóa", await right.Content.ReadAsStringAsync());
        var lockoutEnd = await app.Database.ScalarAsync<DateTime>($"SELECT \"LockoutEnd\" FROM \"AspNetUsers\" WHERE \"Id\" = '{user.Id}'");
        Assert.InRange(lockoutEnd, DateTime.UtcNow.AddMinutes(14), DateTime.UtcNow.AddMinutes(16));
    }

    [Fact]
    public async Task OnPost_WithFourWrongPasswords_StillSignsInWithTheRightOne()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var organisation = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var user = await world.UserAsync(Roles.ParkDeveloper, organisation.Id);
        var client = SignedInClient.Anonymous(app);

        for (var attempt = 1; attempt <= 4; attempt++)
            await SignedInClient.PostFormAsync(client, "/Account/Login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = "WrongPassword" + attempt });
        var right = await SignedInClient.PostFormAsync(client, "/Account/Login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = TestWorld.Password });

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
    }
}
