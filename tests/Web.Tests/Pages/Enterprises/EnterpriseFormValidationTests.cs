using System.Net;
using Certification.Web.Data;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Pages.Enterprises;

/// <summary>Malformed enterprise forms come back as the form with a message naming the field, in the user's language, and store nothing.</summary>
public sealed class EnterpriseFormValidationTests
{
    public static TheoryData<string, string, string, string> BadValues => new()
    {
        // field, value, culture, expected message
        { "Input.Name", " ", "vi", "Vui lòng nhập Tên doanh nghiệp." },
        { "Input.Name", new string('x', 301), "en", "Enterprise name can be at most 300 characters." },
        { "Input.TaxCode", "", "en", "Please enter Tax code." },
        { "Input.TaxCode", "12345", "vi", "Mã số thuế: phải gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số." },
        { "Input.TaxCode", "360025956A", "en", "Tax code: must be 10 digits, or 10 digits, a hyphen and 3 digits." },
        { "Input.TaxCode", "3600259560-01", "vi", "Mã số thuế: phải gồm 10 chữ số" },
        { "Input.TaxCode", "3600259560\n-001", "vi", "Mã số thuế: phải gồm 10 chữ số" },
        { "Input.Sector", "", "vi", "Vui lòng nhập Ngành nghề." },
        { "Input.Sector", new string('x', 201), "vi", "Ngành nghề tối đa 200 ký tự." },
        { "Input.WorkforceSize", "abc", "vi", "Giá trị 'abc' không hợp lệ cho Số lao động." },
        { "Input.WorkforceSize", "abc", "en", "The value 'abc' is not valid for Workforce." },
        { "Input.WorkforceSize", "-1", "vi", "Số lao động phải từ 0 đến 1.000.000." },
        { "Input.WorkforceSize", "1000001", "en", "Workforce must be between 0 and 1,000,000." },
        { "Input.WorkforceSize", "99999999999999999999", "vi", "không hợp lệ cho Số lao động." },
        { "Input.WorkforceSize", "12.5", "en", "is not valid for Workforce." },
        { "ParkId", "", "en", "Please choose the industrial park." },
        { "ParkId", "not-a-guid", "vi", "Giá trị 'not-a-guid' không hợp lệ cho Thuộc khu công nghiệp." },
        { "ParkId", "00000000-0000-0000-0000-000000000000", "vi", "Vui lòng chọn khu công nghiệp." },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task Create_BadValue_ShowsMessageNamingTheFieldAndStoresNothing(string field, string value, string culture, string message)
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var park = await world.ParkAsync(province.Id, investor.Id);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.ParkDeveloper, investor.Id, culture: culture));
        var fields = new Dictionary<string, string>
        {
            ["ParkId"] = park.Id.ToString(),
            ["Input.Name"] = "Công ty " + TestWorld.Unique(),
            ["Input.TaxCode"] = "3600259560",
            ["Input.Sector"] = "Dệt may",
            ["Input.WorkforceSize"] = "10",
            [field] = value,
        };

        var response = await SignedInClient.PostFormAsync(client, "/Enterprises/Create", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await PageContent.MainTextAsync(response));
        Assert.Equal(0, await app.InScopeAsync(services => services.GetRequiredService<CertificationDbContext>().Enterprises.CountAsync()));
    }

    [Fact]
    public async Task Edit_EverythingMissing_NamesEveryRequiredFieldInEnglish()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var park = await world.ParkAsync(province.Id, investor.Id);
        var enterprise = await world.EnterpriseAsync(park.Id);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.ParkDeveloper, investor.Id, culture: "en"));

        var response = await SignedInClient.PostFormAsync(client, $"/Enterprises/Edit/{enterprise.Id}", []);
        var text = await PageContent.MainTextAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Please enter Enterprise name.", text);
        Assert.Contains("Please enter Tax code.", text);
        Assert.Contains("Please enter Sector.", text);
        Assert.DoesNotContain("Please enter Workforce", text); // blank means not reported
    }
}
