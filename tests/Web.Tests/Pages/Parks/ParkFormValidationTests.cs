using System.Net;
using Certification.Web.Data;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Pages.Parks;

/// <summary>Malformed park forms come back as the form with a message naming the field, in the user's language, and store nothing.</summary>
public sealed class ParkFormValidationTests
{
    public static TheoryData<string, string, string, string> BadValues => new()
    {
        // field, value, culture, expected message
        { "Input.Name", "", "vi", "Vui lòng nhập Tên khu công nghiệp." },
        { "Input.Name", "", "en", "Please enter Park name." },
        { "Input.Name", new string('x', 301), "vi", "Tên khu công nghiệp tối đa 300 ký tự." },
        { "Input.Name", new string('x', 301), "en", "Park name can be at most 300 characters." },
        { "Input.AreaHectares", "", "vi", "Vui lòng nhập Diện tích (ha)." },
        { "Input.AreaHectares", "abc", "vi", "Diện tích (ha) phải là số lớn hơn 0 và nhỏ hơn 100.000" },
        { "Input.AreaHectares", "abc", "en", "Area (ha) must be a number greater than 0 and less than 100,000" },
        { "Input.AreaHectares", "-5", "vi", "Diện tích (ha) phải là số lớn hơn 0" },
        { "Input.AreaHectares", "1e400", "en", "Area (ha) must be a number" },
        { "Input.AreaHectares", "99999999999999999999999999999999", "vi", "Diện tích (ha) phải là số lớn hơn 0" },
        { "Input.AreaHectares", "1,234.5", "en", "Area (ha) must be a number" },
        { "Input.EstablishedOn", "", "vi", "Vui lòng nhập Ngày thành lập." },
        { "Input.EstablishedOn", "2020-13-45", "vi", "Giá trị '2020-13-45' không hợp lệ cho Ngày thành lập." },
        { "Input.EstablishedOn", "2020-13-45", "en", "The value '2020-13-45' is not valid for Established on." },
        { "Input.EstablishedOn", "1899-01-01", "vi", "Ngày thành lập phải từ 01/01/1960 đến hôm nay." },
        { "Input.EstablishedOn", "9999-12-31", "en", "Established on must be between 1 January 1960 and today." },
        { "Input.Establishment", "", "vi", "Vui lòng chọn Loại khu công nghiệp." },
        { "Input.Establishment", "Foo", "en", "Please choose Park type." },
        { "Input.Establishment", "7", "vi", "Vui lòng chọn Loại khu công nghiệp." },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task Create_BadValue_ShowsMessageNamingTheFieldAndStoresNothing(string field, string value, string culture, string message)
    {
        await using var app = await TestApp.StartAsync();
        var (province, investor, _, client) = await RoleSession.StartAsync(app, Roles.ParkDeveloper, culture);
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = "KCN " + TestWorld.Unique(),
            ["Input.AreaHectares"] = "250",
            ["Input.EstablishedOn"] = "2010-01-01",
            ["Input.Establishment"] = "Existing",
            [field] = value,
        };

        var response = await SignedInClient.PostFormAsync(client, "/Parks/Create", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await PageContent.MainTextAsync(response));
        Assert.Equal(0, await app.InScopeAsync(services => services.GetRequiredService<CertificationDbContext>().Parks.CountAsync()));
    }

    [Fact]
    public async Task Create_EverythingMissing_NamesEveryRequiredField()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.ParkDeveloper, investor.Id, culture: "en"));

        var response = await SignedInClient.PostFormAsync(client, "/Parks/Create", []);
        var text = await PageContent.MainTextAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Please enter Park name.", text);
        Assert.Contains("Please enter Area (ha).", text);
        Assert.Contains("Please enter Established on.", text);
        Assert.Contains("Please choose Park type.", text);
    }

    [Fact]
    public async Task Edit_BadValue_KeepsTheParkUnchanged()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var park = await world.ParkAsync(province.Id, investor.Id);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.ParkDeveloper, investor.Id));

        var response = await SignedInClient.PostFormAsync(client, $"/Parks/Edit/{park.Id}", new()
        {
            ["Input.Name"] = "Tên mới",
            ["Input.AreaHectares"] = "12abc",
            ["Input.EstablishedOn"] = "2010-01-01",
            ["Input.Establishment"] = "Existing",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Diện tích (ha) phải là số", await PageContent.MainTextAsync(response));
        var stored = await app.InScopeAsync(services => services.GetRequiredService<CertificationDbContext>().Parks.SingleAsync(p => p.Id == park.Id));
        Assert.Equal(park.Name, stored.Name);
    }
}
