using System.Net;
using Certification.Web.Data;
using Certification.Web.Domain.Organisations;
using Certification.Web.Domain.Parks;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Pages.Parks;

public sealed class ParkPagesTests
{
    private static Dictionary<string, string> Fields(string name, string area = "250,5", string established = "2010-05-01",
        string establishment = "Existing") => new()
    {
        ["Input.Name"] = name,
        ["Input.AreaHectares"] = area,
        ["Input.EstablishedOn"] = established,
        ["Input.Establishment"] = establishment,
    };

    private static Task<Park?> FindParkAsync(TestApp app, string name) =>
        app.InScopeAsync(services => services.GetRequiredService<CertificationDbContext>().Parks.AsNoTracking().SingleOrDefaultAsync(p => p.Name == name));

    [Fact]
    public async Task Create_AsParkDeveloper_RegistersParkOfOwnOrganisation()
    {
        await using var app = await TestApp.StartAsync();
        var (province, investor, _, client) = await RoleSession.StartAsync(app, Roles.ParkDeveloper);
        var name = "KCN Mới " + TestWorld.Unique();

        var response = await SignedInClient.PostFormAsync(client, "/Parks/Create", Fields(name, establishment: "NewlyEstablished"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var park = await FindParkAsync(app, name);
        Assert.NotNull(park);
        Assert.Equal($"/Parks/Details/{park.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(investor.Id, park.InvestorOrganisationId);
        Assert.Equal(province.Id, park.ProvinceId);
        Assert.Equal(250.5m, park.AreaHectares);
        Assert.Equal(new DateOnly(2010, 5, 1), park.EstablishedOn);
        Assert.Equal(ParkEstablishment.NewlyEstablished, park.Establishment);
    }

    [Theory]
    [InlineData("250,5")]
    [InlineData("250.5")]
    [InlineData(" 250.50 ")]
    public async Task Create_AreaWithCommaOrDotAsDecimalMark_ReadsTheSameHectares(string area)
    {
        // Regression: the Vietnamese decimal binder read "250.5" as 2505 (the dot groups thousands there).
        await using var app = await TestApp.StartAsync();
        var (province, investor, _, client) = await RoleSession.StartAsync(app, Roles.ParkDeveloper);
        var name = "KCN " + TestWorld.Unique();

        await SignedInClient.PostFormAsync(client, "/Parks/Create", Fields(name, area));

        Assert.Equal(250.5m, (await FindParkAsync(app, name))!.AreaHectares);
    }

    [Fact]
    public async Task Create_AsAdministrator_RegistersParkForChosenInvestorOfProvince()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var board = await world.OrganisationAsync(OrganisationKind.ManagementBoard, province.Id);
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id, name: "Chủ đầu tư " + TestWorld.Unique());
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.Administrator, board.Id));
        var name = "KCN " + TestWorld.Unique();

        var form = await client.GetAsync("/Parks/Create");
        var fields = Fields(name);
        fields["InvestorOrganisationId"] = investor.Id.ToString();
        var response = await SignedInClient.PostFormAsync(client, "/Parks/Create", fields);

        Assert.Contains(investor.Name, await form.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(investor.Id, (await FindParkAsync(app, name))!.InvestorOrganisationId);
    }

    [Fact]
    public async Task Create_AsAdministratorWithInvestorOfAnotherProvince_IsRefusedNamingTheField()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var board = await world.OrganisationAsync(OrganisationKind.ManagementBoard, province.Id);
        var elsewhere = await world.ProvinceAsync();
        var foreignInvestor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, elsewhere.Id);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.Administrator, board.Id));
        var name = "KCN " + TestWorld.Unique();
        var fields = Fields(name);
        fields["InvestorOrganisationId"] = foreignInvestor.Id.ToString();

        var response = await SignedInClient.PostFormAsync(client, "/Parks/Create", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vui lòng chọn Chủ đầu tư.", await PageContent.MainTextAsync(response));
        Assert.Null(await FindParkAsync(app, name));
    }

    [Theory]
    [InlineData(Roles.Enterprise, OrganisationKind.Enterprise)]
    [InlineData(Roles.Board, OrganisationKind.ManagementBoard)]
    public async Task Create_AsRoleThatCannotRegisterParks_Is403(string role, OrganisationKind kind)
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var organisation = await world.OrganisationAsync(kind, province.Id);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(role, organisation.Id));

        var response = await client.GetAsync("/Parks/Create");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Create_NameTakenInProvince_IsRefusedWithMessage()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var existing = await world.ParkAsync(province.Id, investor.Id);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.ParkDeveloper, investor.Id));

        var response = await SignedInClient.PostFormAsync(client, "/Parks/Create", Fields(existing.Name));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Tỉnh đã có khu công nghiệp tên {existing.Name}.", await PageContent.MainTextAsync(response));
    }

    [Fact]
    public async Task Index_AsParkDeveloper_ListsOwnParksWithInvestorAndEnterpriseCount()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id, name: "Đầu tư " + TestWorld.Unique());
        var otherInvestor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var own = await world.ParkAsync(province.Id, investor.Id, establishment: ParkEstablishment.NewlyEstablished);
        var other = await world.ParkAsync(province.Id, otherInvestor.Id);
        await world.EnterpriseAsync(own.Id);
        await world.EnterpriseAsync(own.Id);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.ParkDeveloper, investor.Id));

        var response = await client.GetAsync("/Parks");
        var html = await response.Content.ReadAsStringAsync();
        var text = await PageContent.MainTextAsync(response);

        Assert.Contains(own.Name, text);
        Assert.Contains(investor.Name, text);
        Assert.Contains("250,00", text);
        Assert.Contains("01/01/2005", text);
        Assert.Contains("Thành lập mới", text);
        Assert.DoesNotContain(other.Name, text);
        Assert.Contains($"<a href=\"/Enterprises?parkId={own.Id}\">2</a>", html);
    }

    [Fact]
    public async Task Index_AsEnterpriseUser_ListsOnlyTheParkItsEnterpriseSitsIn()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var enterpriseOrganisation = await world.OrganisationAsync(OrganisationKind.Enterprise, province.Id);
        var home = await world.ParkAsync(province.Id, investor.Id);
        var other = await world.ParkAsync(province.Id, investor.Id);
        await world.EnterpriseAsync(home.Id, enterpriseOrganisation.Id);
        await world.EnterpriseAsync(home.Id); // a neighbour: not counted for this user
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.Enterprise, enterpriseOrganisation.Id));

        var response = await client.GetAsync("/Parks");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains(home.Name, html);
        Assert.DoesNotContain(other.Name, html);
        Assert.Contains($"<a href=\"/Enterprises?parkId={home.Id}\">1</a>", html);
        Assert.DoesNotContain("/Parks/Create", html);
    }

    [Fact]
    public async Task Index_AsAdministrator_ListsEveryParkOfProvinceOnly()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var board = await world.OrganisationAsync(OrganisationKind.ManagementBoard, province.Id);
        var investorA = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var investorB = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var parkA = await world.ParkAsync(province.Id, investorA.Id);
        var parkB = await world.ParkAsync(province.Id, investorB.Id);
        var elsewhere = await world.ProvinceAsync();
        var foreign = await world.ParkAsync(elsewhere.Id, (await world.OrganisationAsync(OrganisationKind.ParkInvestor, elsewhere.Id)).Id);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.Administrator, board.Id));

        var text = await PageContent.MainTextAsync(await client.GetAsync("/Parks"));

        Assert.Contains(parkA.Name, text);
        Assert.Contains(parkB.Name, text);
        Assert.DoesNotContain(foreign.Name, text);
    }

    [Fact]
    public async Task Details_AsParkDeveloper_ShowsDataAndEnterprises()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var park = await world.ParkAsync(province.Id, investor.Id);
        var enterprise = await world.EnterpriseAsync(park.Id, workforce: null);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.ParkDeveloper, investor.Id));

        var response = await client.GetAsync($"/Parks/Details/{park.Id}");
        var text = await PageContent.MainTextAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(park.Name, text);
        Assert.Contains(investor.Name, text);
        Assert.Contains(enterprise.Name, text);
        Assert.Contains(enterprise.TaxCode, text);
        Assert.Contains("Chưa báo cáo", text);
        Assert.Contains($"/Parks/Edit/{park.Id}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Details_AsEnterpriseUser_ShowsParkReadOnlyWithOwnEnterpriseOnly()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var enterpriseOrganisation = await world.OrganisationAsync(OrganisationKind.Enterprise, province.Id);
        var park = await world.ParkAsync(province.Id, investor.Id);
        var own = await world.EnterpriseAsync(park.Id, enterpriseOrganisation.Id);
        var neighbour = await world.EnterpriseAsync(park.Id);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.Enterprise, enterpriseOrganisation.Id));

        var html = await (await client.GetAsync($"/Parks/Details/{park.Id}")).Content.ReadAsStringAsync();

        Assert.Contains(own.Name, html);
        Assert.DoesNotContain(neighbour.Name, html);
        Assert.DoesNotContain($"/Parks/Edit/{park.Id}", html);
        Assert.DoesNotContain("/Enterprises/Create", html);
    }

    [Fact]
    public async Task Edit_AsParkDeveloper_ChangesThePark()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var park = await world.ParkAsync(province.Id, investor.Id);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.ParkDeveloper, investor.Id));
        var name = "KCN đổi tên " + TestWorld.Unique();

        var form = await (await client.GetAsync($"/Parks/Edit/{park.Id}")).Content.ReadAsStringAsync();
        var response = await SignedInClient.PostFormAsync(client, $"/Parks/Edit/{park.Id}", Fields(name, "300", "1999-12-31", "NewlyEstablished"));

        Assert.Contains($"value=\"{park.Name}\"", form);
        Assert.Contains("value=\"2005-01-01\"", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var changed = (await FindParkAsync(app, name))!;
        Assert.Equal(park.Id, changed.Id);
        Assert.Equal(300m, changed.AreaHectares);
        Assert.Equal(new DateOnly(1999, 12, 31), changed.EstablishedOn);
        Assert.Equal(ParkEstablishment.NewlyEstablished, changed.Establishment);
        Assert.Equal(investor.Id, changed.InvestorOrganisationId);
    }

    [Fact]
    public async Task Edit_AreaZero_ShowsTheDomainRuleAsFormError()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var park = await world.ParkAsync(province.Id, investor.Id);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.ParkDeveloper, investor.Id));

        var response = await SignedInClient.PostFormAsync(client, $"/Parks/Edit/{park.Id}", Fields(park.Name, "0"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Diện tích phải lớn hơn 0 ha.", await PageContent.MainTextAsync(response));
        Assert.Equal(250m, (await FindParkAsync(app, park.Name))!.AreaHectares);
    }

    [Fact]
    public async Task Edit_AsBoardThatSeesButCannotChange_Is403()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var board = await world.OrganisationAsync(OrganisationKind.ManagementBoard, province.Id);
        var park = await world.ParkAsync(province.Id, investor.Id);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.Board, board.Id));

        var details = await client.GetAsync($"/Parks/Details/{park.Id}");
        var edit = await client.GetAsync($"/Parks/Edit/{park.Id}");

        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
    }

    [Fact]
    public async Task Edit_ParkOfAnotherInvestor_Is404AndUnchanged()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var otherInvestor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var foreign = await world.ParkAsync(province.Id, otherInvestor.Id);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.ParkDeveloper, investor.Id));

        var get = await client.GetAsync($"/Parks/Edit/{foreign.Id}");
        var post = await SignedInClient.PostFormAsync(client, $"/Parks/Edit/{foreign.Id}", Fields("Chiếm " + TestWorld.Unique()), "/Parks/Create");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.NotNull(await FindParkAsync(app, foreign.Name));
    }

    [Theory]
    [InlineData("/Parks/Details/not-a-guid")]
    [InlineData("/Parks/Edit/123")]
    [InlineData("/Parks/Details/00000000-0000-0000-0000-000000000000")]
    public async Task Pages_MalformedOrUnknownParkId_Are404(string url)
    {
        await using var app = await TestApp.StartAsync();
        var (province, investor, _, client) = await RoleSession.StartAsync(app, Roles.ParkDeveloper);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Pages_AsEnglishUser_ShowNoVietnameseText()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var park = await world.ParkAsync(province.Id, investor.Id, establishment: ParkEstablishment.NewlyEstablished);
        var enterprise = await world.EnterpriseAsync(park.Id, name: "Acme " + TestWorld.Unique(), workforce: null);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.ParkDeveloper, investor.Id, culture: "en"));

        foreach (var url in (string[])["/Parks", "/Parks/Create", $"/Parks/Details/{park.Id}", $"/Parks/Edit/{park.Id}"])
        {
            var response = await client.GetAsync(url);
            var text = (await PageContent.MainTextAsync(response)).Replace(enterprise.Sector, "");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(PageContent.VietnameseWords(text).Count == 0, $"{url}: {string.Join(" ", PageContent.VietnameseWords(text))}");
        }
        var details = await PageContent.MainTextAsync(await client.GetAsync($"/Parks/Details/{park.Id}"));
        Assert.Contains("Newly established", details);
        Assert.Contains("Not reported", details);
        Assert.Contains("250.00", details);
    }

    [Fact]
    public async Task CultureSwitch_ToEnglishAndBack_ChangesTheParksPageAndIsRemembered()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var user = await world.UserAsync(Roles.ParkDeveloper, investor.Id);
        var client = await SignedInClient.SignInAsync(app, user);

        var before = await PageContent.MainTextAsync(await client.GetAsync("/Parks"));
        var toEnglish = await SignedInClient.PostFormAsync(client, "/culture", new() { ["culture"] = "en", ["returnUrl"] = "/Parks" }, "/Parks");
        var english = await PageContent.MainTextAsync(await client.GetAsync("/Parks"));
        var saved = await app.InScopeAsync(services => services.GetRequiredService<CertificationDbContext>().Users.Where(u => u.Id == user.Id)
            .Select(u => u.PreferredCulture).SingleAsync());
        await SignedInClient.PostFormAsync(client, "/culture", new() { ["culture"] = "vi", ["returnUrl"] = "/Parks" }, "/Parks");
        var vietnamese = await PageContent.MainTextAsync(await client.GetAsync("/Parks"));

        Assert.Contains("Thêm khu công nghiệp", before);
        Assert.Equal(HttpStatusCode.Redirect, toEnglish.StatusCode);
        Assert.Equal("/Parks", toEnglish.Headers.Location!.OriginalString);
        Assert.Contains("Add an industrial park", english);
        Assert.Equal("en", saved);
        Assert.Contains("Thêm khu công nghiệp", vietnamese);
    }
}
