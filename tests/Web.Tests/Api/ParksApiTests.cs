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

public sealed class ParksApiTests
{
    private const string ValidBody = """{"name":"KCN API","areaHectares":320.5,"establishedOn":"2012-03-04","establishment":"NewlyEstablished"}""";

    private static StringContent Json(string body, string contentType = "application/json") => new(body, Encoding.UTF8, contentType);

    private static async Task<(TestApp App, TestWorld World, Province Province, Organisation Investor, HttpClient Client)> ArrangeAsync(string culture = "vi")
    {
        var app = await TestApp.StartAsync();
        var world = app.World();
        var (province, investor, _, client) = await RoleSession.StartAsync(app, Roles.ParkDeveloper, culture);
        return (app, world, province, investor, client);
    }

    [Fact]
    public async Task Post_AsParkDeveloper_CreatesParkReadableWithEnumNames()
    {
        var (app, _, province, investor, client) = await ArrangeAsync();
        await using var _ = app;

        var created = await client.PostAsync("/api/parks", Json(ValidBody));
        var read = await client.GetAsync(created.Headers.Location);
        using var park = JsonDocument.Parse(await read.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("KCN API", park.RootElement.GetProperty("name").GetString());
        Assert.Equal(320.5m, park.RootElement.GetProperty("areaHectares").GetDecimal());
        Assert.Equal("2012-03-04", park.RootElement.GetProperty("establishedOn").GetString());
        Assert.Equal("NewlyEstablished", park.RootElement.GetProperty("establishment").GetString());
        Assert.Equal(investor.Id, park.RootElement.GetProperty("investorOrganisationId").GetGuid());
        Assert.Equal(province.Id, park.RootElement.GetProperty("provinceId").GetGuid());
    }

    public static TheoryData<string, string, string, string> BadBodies => new()
    {
        // body, culture, field (JSON name, "" for the whole request), expected message
        { "{", "vi", "", "Nội dung JSON không hợp lệ." },
        { "", "en", "", "The JSON body is malformed." },
        { "[1,2]", "vi", "", "Nội dung JSON phải là một đối tượng." },
        { "null", "en", "", "The JSON body must be an object." },
        { """{"name":123,"areaHectares":1,"establishedOn":"2010-01-01","establishment":"Existing"}""", "vi", "name", "Giá trị không hợp lệ cho Tên khu công nghiệp." },
        { """{"name":"x","areaHectares":"abc","establishedOn":"2010-01-01","establishment":"Existing"}""", "en", "areaHectares", "The value is not valid for Area (ha)." },
        { """{"name":"x","areaHectares":1e400,"establishedOn":"2010-01-01","establishment":"Existing"}""", "vi", "areaHectares", "Giá trị không hợp lệ cho Diện tích (ha)." },
        { """{"name":"x","areaHectares":0,"establishedOn":"2010-01-01","establishment":"Existing"}""", "vi", "areaHectares", "Diện tích (ha) phải là số lớn hơn 0 và nhỏ hơn 100.000, tối đa 2 chữ số thập phân (ví dụ 250,5)." },
        { """{"name":"x","areaHectares":99999999999,"establishedOn":"2010-01-01","establishment":"Existing"}""", "en", "areaHectares", "Area (ha) must be a number greater than 0 and less than 100,000, with at most 2 decimal places (e.g. 250.5)." },
        { """{"name":"x","areaHectares":12.345,"establishedOn":"2010-01-01","establishment":"Existing"}""", "vi", "areaHectares", "Diện tích (ha) phải là số lớn hơn 0" },
        { """{"name":"x","areaHectares":1,"establishedOn":"2020-13-45","establishment":"Existing"}""", "en", "establishedOn", "The value is not valid for Established on." },
        { """{"name":"x","areaHectares":1,"establishedOn":"01/02/2020","establishment":"Existing"}""", "vi", "establishedOn", "Giá trị không hợp lệ cho Ngày thành lập." },
        { """{"name":"x","areaHectares":1,"establishedOn":"1800-01-01","establishment":"Existing"}""", "vi", "establishedOn", "Ngày thành lập phải từ 01/01/1960 đến hôm nay." },
        { """{"name":"x","areaHectares":1,"establishedOn":"9999-12-31","establishment":"Existing"}""", "en", "establishedOn", "Established on must be between 1 January 1960 and today." },
        { """{"name":"x","areaHectares":1,"establishedOn":"2010-01-01","establishment":"Foo"}""", "vi", "establishment", "Giá trị không hợp lệ cho Loại khu công nghiệp." },
        { """{"name":"x","areaHectares":1,"establishedOn":"2010-01-01","establishment":1}""", "en", "establishment", "The value is not valid for Park type." },
        { """{"name":"x","areaHectares":1,"establishedOn":"2010-01-01","establishment":null}""", "vi", "establishment", "Vui lòng chọn Loại khu công nghiệp." },
        { """{"areaHectares":1,"establishedOn":"2010-01-01","establishment":"Existing"}""", "en", "name", "Please enter Park name." },
        { $$"""{"name":"{{new string('x', 301)}}","areaHectares":1,"establishedOn":"2010-01-01","establishment":"Existing"}""", "vi", "name", "Tên khu công nghiệp tối đa 300 ký tự." },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Post_MalformedBody_Is400ProblemNamingTheField(string body, string culture, string field, string message)
    {
        var (app, _, _, _, client) = await ArrangeAsync(culture);
        await using var _ = app;

        var response = await client.PostAsync("/api/parks", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = await PageContent.ProblemErrorsAsync(response);
        Assert.True(errors.ContainsKey(field), $"No error for '{field}': {string.Join(", ", errors.Keys)}");
        Assert.Contains(errors[field], m => m.StartsWith(message, StringComparison.Ordinal));
        Assert.Equal(0, await app.InScopeAsync(services => services.GetRequiredService<CertificationDbContext>().Parks.CountAsync()));
    }

    [Fact]
    public async Task Post_EmptyObject_NamesEveryRequiredField()
    {
        var (app, _, _, _, client) = await ArrangeAsync("en");
        await using var _ = app;

        var errors = await PageContent.ProblemErrorsAsync(await client.PostAsync("/api/parks", Json("{}")));

        Assert.Equal(["Please enter Park name."], errors["name"]);
        Assert.Equal(["Please enter Area (ha)."], errors["areaHectares"]);
        Assert.Equal(["Please enter Established on."], errors["establishedOn"]);
        Assert.Equal(["Please choose Park type."], errors["establishment"]);
    }

    [Fact]
    public async Task Post_NotJson_Is415WithMessage()
    {
        var (app, _, _, _, client) = await ArrangeAsync();
        await using var _ = app;

        var response = await client.PostAsync("/api/parks", Json(ValidBody, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("Nội dung yêu cầu phải là JSON", (await PageContent.ProblemErrorsAsync(response))[""][0]);
    }

    [Fact]
    public async Task Post_NameTakenInProvince_Is409NamingTheField()
    {
        var (app, world, province, investor, client) = await ArrangeAsync();
        await using var _ = app;
        var existing = await world.ParkAsync(province.Id, investor.Id, "KCN API");

        var response = await client.PostAsync("/api/parks", Json(ValidBody));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal([$"Tỉnh đã có khu công nghiệp tên {existing.Name}."], (await PageContent.ProblemErrorsAsync(response))["name"]);
    }

    [Fact]
    public async Task Post_AsAdministrator_NeedsAnInvestorOfItsProvince()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var board = await world.OrganisationAsync(OrganisationKind.ManagementBoard, province.Id);
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.Administrator, board.Id));

        var missing = await client.PostAsync("/api/parks", Json(ValidBody));
        var named = await client.PostAsync("/api/parks", Json(ValidBody.Replace("}", $",\"investorOrganisationId\":\"{investor.Id}\"}}")));

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(["Vui lòng chọn Chủ đầu tư."], (await PageContent.ProblemErrorsAsync(missing))["investorOrganisationId"]);
        Assert.Equal(HttpStatusCode.Created, named.StatusCode);
    }

    [Fact]
    public async Task Post_AsEnterpriseUser_Is403Problem()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var organisation = await world.OrganisationAsync(OrganisationKind.Enterprise, province.Id);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.Enterprise, organisation.Id, culture: "en"));

        var response = await client.PostAsync("/api/parks", Json(ValidBody));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("You are not allowed to do this.", await PageContent.ProblemTitleAsync(response));
    }

    [Fact]
    public async Task Put_OwnPark_Changes()
    {
        var (app, world, province, investor, client) = await ArrangeAsync();
        await using var _ = app;
        var park = await world.ParkAsync(province.Id, investor.Id);

        var response = await client.PutAsync($"/api/parks/{park.Id}", Json(ValidBody));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var stored = await app.InScopeAsync(services => services.GetRequiredService<CertificationDbContext>().Parks.SingleAsync(p => p.Id == park.Id));
        Assert.Equal("KCN API", stored.Name);
        Assert.Equal(ParkEstablishment.NewlyEstablished, stored.Establishment);
    }

    [Fact]
    public async Task Put_MalformedBodyOnForeignPark_Is404NotValidation()
    {
        // Access is decided before the body is read: a foreign park says nothing about its fields.
        var (app, world, province, _, client) = await ArrangeAsync();
        await using var _ = app;
        var otherInvestor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var foreign = await world.ParkAsync(province.Id, otherInvestor.Id);

        var response = await client.PutAsync($"/api/parks/{foreign.Id}", Json("{"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Put_AsBoardThatSeesThePark_Is403()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var board = await world.OrganisationAsync(OrganisationKind.ManagementBoard, province.Id);
        var park = await world.ParkAsync(province.Id, investor.Id);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.Board, board.Id));

        var read = await client.GetAsync($"/api/parks/{park.Id}");
        var write = await client.PutAsync($"/api/parks/{park.Id}", Json(ValidBody));

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
    }

    [Theory]
    [InlineData("/api/parks/not-a-guid")]
    [InlineData("/api/parks/00000000-0000-0000-0000-000000000000")]
    public async Task Get_MalformedOrUnknownId_Is404(string url)
    {
        var (app, _, _, _, client) = await ArrangeAsync();
        await using var _ = app;

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_List_HoldsOnlyVisibleParks()
    {
        var (app, world, province, investor, client) = await ArrangeAsync();
        await using var _ = app;
        var own = await world.ParkAsync(province.Id, investor.Id);
        var other = await world.ParkAsync(province.Id, (await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id)).Id);

        var parks = await client.GetFromJsonAsync<JsonElement[]>("/api/parks");

        Assert.Equal([own.Id], parks!.Select(p => p.GetProperty("id").GetGuid()));
        Assert.DoesNotContain(other.Name, JsonSerializer.Serialize(parks));
    }
}
