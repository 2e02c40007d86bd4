using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Certification.Web.Data;
using Certification.Web.Domain.Organisations;
using Certification.Web.Domain.Parks;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Api;

public sealed class EnterprisesApiTests
{
    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static string Body(Guid? parkId, string name = "Công ty API", string taxCode = "0312345678", string sector = "Dệt may", string workforce = "150") =>
        $$"""{"name":"{{name}}","taxCode":"{{taxCode}}","sector":"{{sector}}","workforceSize":{{workforce}}{{(parkId is { } id ? $",\"parkId\":\"{id}\"" : "")}}}""";

    private static async Task<(TestApp App, TestWorld World, Province Province, Organisation Investor, Park Park, HttpClient Client)> ArrangeAsync(string culture = "vi")
    {
        var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var park = await world.ParkAsync(province.Id, investor.Id);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.ParkDeveloper, investor.Id, culture: culture));
        return (app, world, province, investor, park, client);
    }

    private static Task<int> CountAsync(TestApp app) =>
        app.InScopeAsync(services => services.GetRequiredService<CertificationDbContext>().Enterprises.CountAsync());

    [Fact]
    public async Task Post_AsParkDeveloper_CreatesEnterprise()
    {
        var (app, _, _, _, park, client) = await ArrangeAsync();
        await using var _ = app;

        var created = await client.PostAsync("/api/enterprises", Json(Body(park.Id, workforce: "null")));
        using var enterprise = JsonDocument.Parse(await (await client.GetAsync(created.Headers.Location)).Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("Công ty API", enterprise.RootElement.GetProperty("name").GetString());
        Assert.Equal("0312345678", enterprise.RootElement.GetProperty("taxCode").GetString());
        Assert.Equal(JsonValueKind.Null, enterprise.RootElement.GetProperty("workforceSize").ValueKind);
        Assert.Equal(park.Id, enterprise.RootElement.GetProperty("parkId").GetGuid());
    }

    public static TheoryData<string, string, string, string> BadBodies => new()
    {
        // body (PARK stands for the user's park id), culture, field, expected message
        { """{"name":"A","taxCode":12345,"sector":"x","parkId":"PARK"}""", "vi", "taxCode", "Giá trị không hợp lệ cho Mã số thuế." },
        { """{"name":"A","taxCode":"12345","sector":"x","parkId":"PARK"}""", "en", "taxCode", "Tax code: must be 10 digits, or 10 digits, a hyphen and 3 digits." },
        { """{"name":"A","taxCode":"0312345678-1","sector":"x","parkId":"PARK"}""", "vi", "taxCode", "Mã số thuế: phải gồm 10 chữ số" },
        { """{"name":"A","taxCode":"0312345678","sector":"x","workforceSize":"abc","parkId":"PARK"}""", "en", "workforceSize", "The value is not valid for Workforce." },
        { """{"name":"A","taxCode":"0312345678","sector":"x","workforceSize":1e20,"parkId":"PARK"}""", "vi", "workforceSize", "Giá trị không hợp lệ cho Số lao động." },
        { """{"name":"A","taxCode":"0312345678","sector":"x","workforceSize":12.5,"parkId":"PARK"}""", "vi", "workforceSize", "Giá trị không hợp lệ cho Số lao động." },
        { """{"name":"A","taxCode":"0312345678","sector":"x","workforceSize":-1,"parkId":"PARK"}""", "vi", "workforceSize", "Số lao động phải từ 0 đến 1.000.000." },
        { """{"name":"A","taxCode":"0312345678","sector":"x","workforceSize":2000000,"parkId":"PARK"}""", "en", "workforceSize", "Workforce must be between 0 and 1,000,000." },
        { """{"name":"A","taxCode":"0312345678","sector":"x","parkId":"abc"}""", "vi", "parkId", "Giá trị không hợp lệ cho Thuộc khu công nghiệp." },
        { """{"name":"A","taxCode":"0312345678","sector":"x","parkId":"00000000-0000-0000-0000-000000000000"}""", "en", "parkId", "Please choose the industrial park." },
        { """{"name":"A","taxCode":"0312345678","sector":"x"}""", "vi", "parkId", "Vui lòng chọn khu công nghiệp." },
        { """{"name":"","taxCode":"0312345678","sector":"x","parkId":"PARK"}""", "en", "name", "Please enter Enterprise name." },
        { """{"name":"A","taxCode":"0312345678","sector":"","parkId":"PARK"}""", "vi", "sector", "Vui lòng nhập Ngành nghề." },
        { $$"""{"name":"A","taxCode":"0312345678","sector":"{{new string('s', 201)}}","parkId":"PARK"}""", "en", "sector", "Sector can be at most 200 characters." },
        { """{"name":"A","taxCode":"0312345678","sector":"x","parkId":"PARK",}""", "vi", "", "Nội dung JSON không hợp lệ." },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Post_MalformedBody_Is400ProblemNamingTheField(string body, string culture, string field, string message)
    {
        var (app, _, _, _, park, client) = await ArrangeAsync(culture);
        await using var _ = app;

        var response = await client.PostAsync("/api/enterprises", Json(body.Replace("PARK", park.Id.ToString())));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await PageContent.ProblemErrorsAsync(response);
        Assert.True(errors.ContainsKey(field), $"No error for '{field}': {string.Join(", ", errors.Keys)}");
        Assert.Contains(errors[field], m => m.StartsWith(message, StringComparison.Ordinal));
        Assert.Equal(0, await CountAsync(app));
    }

    [Fact]
    public async Task Post_TaxCodeAlreadyInPark_Is409()
    {
        var (app, world, _, _, park, client) = await ArrangeAsync("en");
        await using var _ = app;
        var existing = await world.EnterpriseAsync(park.Id);

        var response = await client.PostAsync("/api/enterprises", Json(Body(park.Id, taxCode: existing.TaxCode)));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal([$"Tax code {existing.TaxCode} is already registered in this park."], (await PageContent.ProblemErrorsAsync(response))["taxCode"]);
        Assert.Equal(1, await CountAsync(app));
    }

    [Fact]
    public async Task Put_AsEnterpriseUser_ChangesOwnEnterpriseOnly()
    {
        var (app, world, province, _, park, _) = await ArrangeAsync();
        await using var _ = app;
        var organisation = await world.OrganisationAsync(OrganisationKind.Enterprise, province.Id);
        var own = await world.EnterpriseAsync(park.Id, organisation.Id);
        var neighbour = await world.EnterpriseAsync(park.Id);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.Enterprise, organisation.Id));

        var ownResponse = await client.PutAsync($"/api/enterprises/{own.Id}", Json(Body(null, "Công ty đổi tên", workforce: "9")));
        var neighbourResponse = await client.PutAsync($"/api/enterprises/{neighbour.Id}", Json(Body(null, "Chiếm")));
        var list = await client.GetFromJsonAsync<JsonElement[]>("/api/enterprises");

        Assert.Equal(HttpStatusCode.NoContent, ownResponse.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, neighbourResponse.StatusCode);
        Assert.Equal([own.Id], list!.Select(e => e.GetProperty("id").GetGuid()));
        var stored = await app.InScopeAsync(services => services.GetRequiredService<CertificationDbContext>().Enterprises.SingleAsync(e => e.Id == own.Id));
        Assert.Equal("Công ty đổi tên", stored.Name);
        Assert.Equal(9, stored.WorkforceSize);
    }

    [Fact]
    public async Task Put_AsCommitteeThatSeesTheEnterprise_Is403()
    {
        var (app, world, province, _, park, _) = await ArrangeAsync();
        await using var _ = app;
        var committee = await world.OrganisationAsync(OrganisationKind.PeoplesCommittee, province.Id);
        var enterprise = await world.EnterpriseAsync(park.Id);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.Committee, committee.Id));

        var response = await client.PutAsync($"/api/enterprises/{enterprise.Id}", Json(Body(null)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task GetList_MalformedParkFilter_Is400NamingTheField()
    {
        var (app, _, _, _, _, client) = await ArrangeAsync("en");
        await using var _ = app;

        var response = await client.GetAsync("/api/enterprises?parkId=abc");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["The value is not valid for Industrial park."], (await PageContent.ProblemErrorsAsync(response))["parkId"]);
    }

    [Fact]
    public async Task GetList_FilteredByForeignPark_Is404()
    {
        var (app, world, province, _, _, client) = await ArrangeAsync();
        await using var _ = app;
        var foreign = await world.ParkAsync(province.Id, (await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id)).Id);

        var response = await client.GetAsync($"/api/enterprises?parkId={foreign.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetList_FilteredByOwnPark_ListsItsEnterprises()
    {
        var (app, world, province, investor, park, client) = await ArrangeAsync();
        await using var _ = app;
        var otherPark = await world.ParkAsync(province.Id, investor.Id);
        var inPark = await world.EnterpriseAsync(park.Id);
        await world.EnterpriseAsync(otherPark.Id);

        var list = await client.GetFromJsonAsync<JsonElement[]>($"/api/enterprises?parkId={park.Id}");

        Assert.Equal([inPark.Id], list!.Select(e => e.GetProperty("id").GetGuid()));
    }
}
