using System.Net;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;

namespace Certification.Web.Tests.Pages.Admin;

public sealed class OrganisationsTests
{
    [Fact]
    public async Task Create_ParkInvestor_AddsItInTheAdministratorsProvinceAndPeopleCanBeInvited()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await RoleSession.StartAsync(app, Roles.Administrator);
        var name = "Công ty Hạ tầng " + TestWorld.Unique();

        var create = await SignedInClient.PostFormAsync(admin.Client, "/Admin/Organisations/Create", new()
        {
            ["Input.Name"] = name, ["Input.Kind"] = nameof(OrganisationKind.ParkInvestor), ["Input.ReviewingBodyCode"] = "",
        });
        var list = await (await admin.Client.GetAsync("/Admin/Organisations")).Content.ReadAsStringAsync();
        var id = await app.Database.ScalarAsync<Guid>($"SELECT \"Id\" FROM \"Organisations\" WHERE \"Name\" = '{name}'");
        var invite = await InviteTests.InviteAsync(admin.Client, id, Roles.ParkDeveloper, $"dev-{TestWorld.Unique()}@test.local");

        Assert.Equal(HttpStatusCode.Redirect, create.StatusCode);
        Assert.Contains($"Đã thêm tổ chức {name}.", list);
        Assert.Equal(admin.Province.Id, await app.Database.ScalarAsync<Guid>($"SELECT \"ProvinceId\" FROM \"Organisations\" WHERE \"Id\" = '{id}'"));
        Assert.NotEmpty(PageHtml.TextOf(await invite.Content.ReadAsStringAsync(), "one-time-password"));
    }

    [Fact]
    public async Task Create_ReviewingBodyWithoutCode_NamesTheCodeField()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await RoleSession.StartAsync(app, Roles.Administrator);

        var response = await SignedInClient.PostFormAsync(admin.Client, "/Admin/Organisations/Create", new()
        {
            ["Input.Name"] = "Sở Công Thương", ["Input.Kind"] = nameof(OrganisationKind.ReviewingBody), ["Input.ReviewingBodyCode"] = "",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Vui lòng chọn Mã cơ quan thẩm định.", PageHtml.FieldError(await response.Content.ReadAsStringAsync(), "Input.ReviewingBodyCode"));
    }

    [Fact]
    public async Task Create_SecondDepartmentWithTheSameCode_IsRefused()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await RoleSession.StartAsync(app, Roles.Administrator);
        await app.World().OrganisationAsync(OrganisationKind.ReviewingBody, admin.Province.Id, "DOIT");

        var response = await SignedInClient.PostFormAsync(admin.Client, "/Admin/Organisations/Create", new()
        {
            ["Input.Name"] = "Sở Công Thương", ["Input.Kind"] = nameof(OrganisationKind.ReviewingBody), ["Input.ReviewingBodyCode"] = "DOIT",
        });

        Assert.Equal("Tỉnh đã có cơ quan thẩm định mã DOIT.", PageHtml.FieldError(await response.Content.ReadAsStringAsync(), "Input.ReviewingBodyCode"));
    }

    [Fact]
    public async Task Create_Department_IsAReviewingBodyOfTheProvince()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await RoleSession.StartAsync(app, Roles.Administrator);
        var name = "Sở Xây dựng " + TestWorld.Unique();

        await SignedInClient.PostFormAsync(admin.Client, "/Admin/Organisations/Create", new()
        {
            ["Input.Name"] = name, ["Input.Kind"] = nameof(OrganisationKind.ReviewingBody), ["Input.ReviewingBodyCode"] = "DOC",
        });

        Assert.Equal("DOC", await app.Database.ScalarAsync<string>($"SELECT \"ReviewingBodyCode\" FROM \"Organisations\" WHERE \"Name\" = '{name}' AND \"ProvinceId\" = '{admin.Province.Id}'"));
    }

    [Fact]
    public async Task OnGet_ListsOwnProvinceAndMinistriesButNotOtherProvinces()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await RoleSession.StartAsync(app, Roles.Administrator);
        var world = app.World();
        var ministry = await world.OrganisationAsync(OrganisationKind.ReviewingBody, null, "MOF", name: "Bộ Tài chính " + TestWorld.Unique());
        var elsewhere = await world.ProvinceAsync();
        var foreignBoard = await world.OrganisationAsync(OrganisationKind.ManagementBoard, elsewhere.Id);

        var page = await (await admin.Client.GetAsync("/Admin/Organisations")).Content.ReadAsStringAsync();

        Assert.Contains(admin.Organisation.Name, page);
        Assert.Contains(ministry.Name, page);
        Assert.DoesNotContain(foreignBoard.Name, page);
    }
}
