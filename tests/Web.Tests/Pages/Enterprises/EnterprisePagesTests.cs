using System.Net;
using Certification.Web.Data;
using Certification.Web.Domain.Enterprises;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Pages.Enterprises;

public sealed class EnterprisePagesTests
{
    private static Dictionary<string, string> Fields(Guid? parkId, string name, string taxCode = "3600259560", string sector = "Điện tử",
        string workforce = "120")
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.TaxCode"] = taxCode,
            ["Input.Sector"] = sector,
            ["Input.WorkforceSize"] = workforce,
        };
        if (parkId is { } id)
            fields["ParkId"] = id.ToString();
        return fields;
    }

    private static Task<Enterprise?> FindAsync(TestApp app, string name) =>
        app.InScopeAsync(services => services.GetRequiredService<CertificationDbContext>().Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.Name == name));

    private static async Task<(TestApp App, TestWorld World, Province Province, Organisation Investor)> ArrangeAsync()
    {
        var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        return (app, world, province, investor);
    }

    [Fact]
    public async Task Create_AsParkDeveloper_AddsEnterpriseToOwnPark()
    {
        var (app, world, province, investor) = await ArrangeAsync();
        await using var _ = app;
        var park = await world.ParkAsync(province.Id, investor.Id);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.ParkDeveloper, investor.Id));
        var name = "Công ty " + TestWorld.Unique();

        var form = await (await client.GetAsync($"/Enterprises/Create?parkId={park.Id}")).Content.ReadAsStringAsync();
        var response = await SignedInClient.PostFormAsync(client, "/Enterprises/Create", Fields(park.Id, name, " 3600259560-001 "));

        Assert.Contains($"<option selected=\"selected\" value=\"{park.Id}\">", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var enterprise = (await FindAsync(app, name))!;
        Assert.Equal($"/Enterprises/Details/{enterprise.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(park.Id, enterprise.ParkId);
        Assert.Equal("3600259560-001", enterprise.TaxCode);
        Assert.Equal("Điện tử", enterprise.Sector);
        Assert.Equal(120, enterprise.WorkforceSize);
    }

    [Fact]
    public async Task Create_WorkforceLeftBlank_IsStoredAsNotReported()
    {
        var (app, world, province, investor) = await ArrangeAsync();
        await using var _ = app;
        var park = await world.ParkAsync(province.Id, investor.Id);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.ParkDeveloper, investor.Id));
        var name = "Công ty " + TestWorld.Unique();

        await SignedInClient.PostFormAsync(client, "/Enterprises/Create", Fields(park.Id, name, workforce: ""));
        var enterprise = (await FindAsync(app, name))!;
        var details = await PageContent.MainTextAsync(await client.GetAsync($"/Enterprises/Details/{enterprise.Id}"));

        Assert.Null(enterprise.WorkforceSize);
        Assert.Contains("Chưa báo cáo", details);
    }

    [Fact]
    public async Task Create_TaxCodeAlreadyInSamePark_IsRefusedWithMessage()
    {
        var (app, world, province, investor) = await ArrangeAsync();
        await using var _ = app;
        var park = await world.ParkAsync(province.Id, investor.Id);
        var otherPark = await world.ParkAsync(province.Id, investor.Id);
        var existing = await world.EnterpriseAsync(park.Id);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.ParkDeveloper, investor.Id, culture: "en"));
        var samePark = "Công ty " + TestWorld.Unique();
        var elsewhere = "Công ty " + TestWorld.Unique();

        var refused = await SignedInClient.PostFormAsync(client, "/Enterprises/Create", Fields(park.Id, samePark, existing.TaxCode));
        var accepted = await SignedInClient.PostFormAsync(client, "/Enterprises/Create", Fields(otherPark.Id, elsewhere, existing.TaxCode));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains($"Tax code {existing.TaxCode} is already registered in this park.", await PageContent.MainTextAsync(refused));
        Assert.Null(await FindAsync(app, samePark));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.NotNull(await FindAsync(app, elsewhere));
    }

    [Fact]
    public async Task Create_IntoParkOfAnotherInvestor_IsRefused()
    {
        var (app, world, province, investor) = await ArrangeAsync();
        await using var _ = app;
        await world.ParkAsync(province.Id, investor.Id);
        var otherInvestor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var foreignPark = await world.ParkAsync(province.Id, otherInvestor.Id);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.ParkDeveloper, investor.Id));
        var name = "Công ty " + TestWorld.Unique();

        var form = await (await client.GetAsync($"/Enterprises/Create?parkId={foreignPark.Id}")).Content.ReadAsStringAsync();
        var response = await SignedInClient.PostFormAsync(client, "/Enterprises/Create", Fields(foreignPark.Id, name));

        Assert.DoesNotContain(foreignPark.Name, form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vui lòng chọn khu công nghiệp.", await PageContent.MainTextAsync(response));
        Assert.Null(await FindAsync(app, name));
    }

    [Fact]
    public async Task Create_AsEnterpriseUser_OffersNoParkAndAddsNothing()
    {
        var (app, world, province, investor) = await ArrangeAsync();
        await using var _ = app;
        var park = await world.ParkAsync(province.Id, investor.Id);
        var enterpriseOrganisation = await world.OrganisationAsync(OrganisationKind.Enterprise, province.Id);
        await world.EnterpriseAsync(park.Id, enterpriseOrganisation.Id);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.Enterprise, enterpriseOrganisation.Id));
        var name = "Công ty " + TestWorld.Unique();

        var form = await PageContent.MainTextAsync(await client.GetAsync("/Enterprises/Create"));
        var response = await SignedInClient.PostFormAsync(client, "/Enterprises/Create", Fields(park.Id, name), "/Enterprises");

        Assert.Contains("Bạn không quản lý khu công nghiệp nào để thêm doanh nghiệp.", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(await FindAsync(app, name));
    }

    [Fact]
    public async Task Index_AsEnterpriseUser_SeesOnlyOwnEnterprise()
    {
        var (app, world, province, investor) = await ArrangeAsync();
        await using var _ = app;
        var park = await world.ParkAsync(province.Id, investor.Id);
        var enterpriseOrganisation = await world.OrganisationAsync(OrganisationKind.Enterprise, province.Id);
        var own = await world.EnterpriseAsync(park.Id, enterpriseOrganisation.Id);
        var neighbour = await world.EnterpriseAsync(park.Id);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.Enterprise, enterpriseOrganisation.Id));

        var html = await (await client.GetAsync("/Enterprises")).Content.ReadAsStringAsync();
        var neighbourDetails = await client.GetAsync($"/Enterprises/Details/{neighbour.Id}");

        Assert.Contains(own.Name, html);
        Assert.Contains(park.Name, html);
        Assert.DoesNotContain(neighbour.Name, html);
        Assert.DoesNotContain("/Enterprises/Create", html);
        Assert.Equal(HttpStatusCode.NotFound, neighbourDetails.StatusCode);
    }

    [Fact]
    public async Task Index_FilteredByPark_ListsThatParksEnterprisesOnly()
    {
        var (app, world, province, investor) = await ArrangeAsync();
        await using var _ = app;
        var park = await world.ParkAsync(province.Id, investor.Id);
        var otherPark = await world.ParkAsync(province.Id, investor.Id);
        var inPark = await world.EnterpriseAsync(park.Id);
        var inOther = await world.EnterpriseAsync(otherPark.Id);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.ParkDeveloper, investor.Id));

        var filtered = await PageContent.MainTextAsync(await client.GetAsync($"/Enterprises?parkId={park.Id}"));
        var all = await PageContent.MainTextAsync(await client.GetAsync("/Enterprises"));

        Assert.Contains(inPark.Name, filtered);
        Assert.DoesNotContain(inOther.Name, filtered);
        Assert.Contains(inPark.Name, all);
        Assert.Contains(inOther.Name, all);
    }

    [Fact]
    public async Task Index_FilteredByForeignPark_Is404()
    {
        var (app, world, province, investor) = await ArrangeAsync();
        await using var _ = app;
        var otherInvestor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var foreignPark = await world.ParkAsync(province.Id, otherInvestor.Id);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.ParkDeveloper, investor.Id));

        var response = await client.GetAsync($"/Enterprises?parkId={foreignPark.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Index_MalformedParkFilter_SaysSoAndListsEverything()
    {
        var (app, world, province, investor) = await ArrangeAsync();
        await using var _ = app;
        var park = await world.ParkAsync(province.Id, investor.Id);
        var enterprise = await world.EnterpriseAsync(park.Id);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.ParkDeveloper, investor.Id, culture: "en"));

        var response = await client.GetAsync("/Enterprises?parkId=not-a-guid");
        var text = await PageContent.MainTextAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The value 'not-a-guid' is not valid", text);
        Assert.Contains(enterprise.Name, text);
    }

    [Fact]
    public async Task Details_AsAdministrator_ShowsEnterpriseWithEditLink()
    {
        var (app, world, province, investor) = await ArrangeAsync();
        await using var _ = app;
        var board = await world.OrganisationAsync(OrganisationKind.ManagementBoard, province.Id);
        var park = await world.ParkAsync(province.Id, investor.Id);
        var enterprise = await world.EnterpriseAsync(park.Id);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.Administrator, board.Id));

        var response = await client.GetAsync($"/Enterprises/Details/{enterprise.Id}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(enterprise.Name, html);
        Assert.Contains(enterprise.TaxCode, html);
        Assert.Contains(park.Name, html);
        Assert.Contains($"/Enterprises/Edit/{enterprise.Id}", html);
    }

    [Fact]
    public async Task Edit_AsEnterpriseUser_ChangesOwnEnterprise()
    {
        var (app, world, province, investor) = await ArrangeAsync();
        await using var _ = app;
        var park = await world.ParkAsync(province.Id, investor.Id);
        var enterpriseOrganisation = await world.OrganisationAsync(OrganisationKind.Enterprise, province.Id);
        var enterprise = await world.EnterpriseAsync(park.Id, enterpriseOrganisation.Id);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.Enterprise, enterpriseOrganisation.Id));
        var name = "Công ty đổi tên " + TestWorld.Unique();

        var form = await (await client.GetAsync($"/Enterprises/Edit/{enterprise.Id}")).Content.ReadAsStringAsync();
        var response = await SignedInClient.PostFormAsync(client, $"/Enterprises/Edit/{enterprise.Id}", Fields(null, name, "0101234567", "Cơ khí", "80"));

        Assert.Contains($"value=\"{enterprise.TaxCode}\"", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var changed = (await FindAsync(app, name))!;
        Assert.Equal(enterprise.Id, changed.Id);
        Assert.Equal("0101234567", changed.TaxCode);
        Assert.Equal("Cơ khí", changed.Sector);
        Assert.Equal(80, changed.WorkforceSize);
        Assert.Equal(park.Id, changed.ParkId);
    }

    [Fact]
    public async Task Edit_TaxCodeOfAnotherEnterpriseInPark_IsRefused()
    {
        var (app, world, province, investor) = await ArrangeAsync();
        await using var _ = app;
        var park = await world.ParkAsync(province.Id, investor.Id);
        var enterprise = await world.EnterpriseAsync(park.Id);
        var other = await world.EnterpriseAsync(park.Id);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.ParkDeveloper, investor.Id));

        var response = await SignedInClient.PostFormAsync(client, $"/Enterprises/Edit/{enterprise.Id}", Fields(null, enterprise.Name, other.TaxCode));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Mã số thuế {other.TaxCode} đã có trong khu công nghiệp này.", await PageContent.MainTextAsync(response));
        Assert.Equal(enterprise.TaxCode, (await FindAsync(app, enterprise.Name))!.TaxCode);
    }

    [Fact]
    public async Task Edit_AsBoardThatSeesButCannotChange_Is403()
    {
        var (app, world, province, investor) = await ArrangeAsync();
        await using var _ = app;
        var board = await world.OrganisationAsync(OrganisationKind.ManagementBoard, province.Id);
        var park = await world.ParkAsync(province.Id, investor.Id);
        var enterprise = await world.EnterpriseAsync(park.Id);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.Board, board.Id));

        var details = await client.GetAsync($"/Enterprises/Details/{enterprise.Id}");
        var edit = await client.GetAsync($"/Enterprises/Edit/{enterprise.Id}");

        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        Assert.DoesNotContain($"/Enterprises/Edit/{enterprise.Id}", await details.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
    }

    [Fact]
    public async Task Edit_EnterpriseOfAnotherOrganisation_Is404AndUnchanged()
    {
        var (app, world, province, investor) = await ArrangeAsync();
        await using var _ = app;
        var park = await world.ParkAsync(province.Id, investor.Id);
        var enterpriseOrganisation = await world.OrganisationAsync(OrganisationKind.Enterprise, province.Id);
        await world.EnterpriseAsync(park.Id, enterpriseOrganisation.Id);
        var neighbour = await world.EnterpriseAsync(park.Id);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.Enterprise, enterpriseOrganisation.Id));

        var response = await SignedInClient.PostFormAsync(client, $"/Enterprises/Edit/{neighbour.Id}", Fields(null, "Chiếm " + TestWorld.Unique()), "/Enterprises");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull(await FindAsync(app, neighbour.Name));
    }

    [Theory]
    [InlineData("/Enterprises/Details/not-a-guid")]
    [InlineData("/Enterprises/Edit/{00000000-0000-0000-0000-00000000000}")]
    [InlineData("/Enterprises/Details/00000000-0000-0000-0000-000000000000")]
    public async Task Pages_MalformedOrUnknownEnterpriseId_Are404(string url)
    {
        var (app, world, _, investor) = await ArrangeAsync();
        await using var __ = app;
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.ParkDeveloper, investor.Id));

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Pages_AsEnglishUser_ShowNoVietnameseText()
    {
        var (app, world, province, investor) = await ArrangeAsync();
        await using var _ = app;
        var park = await world.ParkAsync(province.Id, investor.Id);
        var enterprise = await world.EnterpriseAsync(park.Id, name: "Acme " + TestWorld.Unique());
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.ParkDeveloper, investor.Id, culture: "en"));

        foreach (var url in (string[])["/Enterprises", "/Enterprises/Create", $"/Enterprises/Details/{enterprise.Id}", $"/Enterprises/Edit/{enterprise.Id}"])
        {
            var response = await client.GetAsync(url);
            var text = (await PageContent.MainTextAsync(response)).Replace(enterprise.Sector, "");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(PageContent.VietnameseWords(text).Count == 0, $"{url}: {string.Join(" ", PageContent.VietnameseWords(text))}");
        }
    }
}
