using System.Net;
using Certification.Web.Data;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;
using Certification.Web.Tests.Infrastructure.Assessment;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Pages.Parks;

public sealed class SymbiosisPageTests
{
    private static Task<int> LinkCountAsync(TestApp app) =>
        app.InScopeAsync(s => s.GetRequiredService<CertificationDbContext>().SymbiosisLinks.CountAsync());

    [Fact]
    public async Task Add_TownPartnerWithAgreement_IsListedAndOperating_ThenEnded()
    {
        await using var app = await TestApp.StartAsync();
        var developer = await RoleSession.StartAsync(app, Roles.ParkDeveloper);
        var park = await app.World().ParkAsync(developer.Province.Id, developer.Organisation.Id);
        var enterprise = await app.World().EnterpriseAsync(park.Id);
        var agreement = await AssessmentArrange.EvidenceAsync(app, developer.Organisation.Id, "hop-dong-nuoc.pdf");
        var url = $"/Parks/{park.Id}/Symbiosis";

        var add = await SignedInClient.PostFormAsync(developer.Client, url + "?handler=Add", new()
        {
            ["Input.EnterpriseId"] = enterprise.Id.ToString(), ["Input.PartnerLocation"] = "Town", ["Input.PartnerName"] = "Công ty Cấp nước thị xã",
            ["Input.Type"] = "SharedServices", ["Input.Description"] = "Nước thải sau xử lý cấp cho tưới cây", ["Input.StartDate"] = "2024-03-01",
            ["Input.AgreementFileId"] = agreement.Id.ToString(),
        }, url);
        var listed = await developer.Client.GetStringAsync(url);
        var link = await app.InScopeAsync(s => s.GetRequiredService<CertificationDbContext>().SymbiosisLinks.SingleAsync());
        var end = await SignedInClient.PostFormAsync(developer.Client, url + "?handler=End",
            new() { ["LinkId"] = link.Id.ToString(), ["EndDate"] = "2025-01-01" }, url);
        var ended = await app.InScopeAsync(s => s.GetRequiredService<CertificationDbContext>().SymbiosisLinks.SingleAsync());

        Assert.Equal(HttpStatusCode.Redirect, add.StatusCode);
        Assert.Contains("Công ty Cấp nước thị xã", listed);
        Assert.Contains("hop-dong-nuoc.pdf", listed);
        Assert.Contains("Đang hoạt động", listed);
        Assert.Equal(HttpStatusCode.Redirect, end.StatusCode);
        Assert.Equal(new DateOnly(2025, 1, 1), ended.EndDate);
    }

    [Fact]
    public async Task Add_SameParkWithoutPartner_NamesThePartnerFieldKeepsValuesAndStoresNothing()
    {
        await using var app = await TestApp.StartAsync();
        var developer = await RoleSession.StartAsync(app, Roles.ParkDeveloper);
        var park = await app.World().ParkAsync(developer.Province.Id, developer.Organisation.Id);
        var enterprise = await app.World().EnterpriseAsync(park.Id);
        var url = $"/Parks/{park.Id}/Symbiosis";

        var response = await SignedInClient.PostFormAsync(developer.Client, url + "?handler=Add", new()
        {
            ["Input.EnterpriseId"] = enterprise.Id.ToString(), ["Input.PartnerLocation"] = "SamePark",
            ["Input.Type"] = "InputOutputExchange", ["Input.Description"] = "Phế liệu nhựa", ["Input.StartDate"] = "2024-03-01",
        }, url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Cần chọn doanh nghiệp đối tác trong cùng khu công nghiệp.", PageHtml.FieldError(html, "Input.PartnerEnterpriseId"));
        Assert.Contains("Phế liệu nhựa", html);
        Assert.Contains("value=\"2024-03-01\"", html);
        Assert.Equal(0, await LinkCountAsync(app));
    }

    [Fact]
    public async Task Add_NoTypeInEnglish_NamesTheTypeFieldInEnglish()
    {
        await using var app = await TestApp.StartAsync();
        var developer = await RoleSession.StartAsync(app, Roles.ParkDeveloper, "en");
        var park = await app.World().ParkAsync(developer.Province.Id, developer.Organisation.Id);
        var enterprise = await app.World().EnterpriseAsync(park.Id);
        var url = $"/Parks/{park.Id}/Symbiosis";

        var response = await SignedInClient.PostFormAsync(developer.Client, url + "?handler=Add", new()
        {
            ["Input.EnterpriseId"] = enterprise.Id.ToString(), ["Input.PartnerLocation"] = "Town", ["Input.PartnerName"] = "Town utility",
            ["Input.Type"] = "Teleport", ["Input.Description"] = "Steam", ["Input.StartDate"] = "2024-03-01",
        }, url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("Please choose Symbiosis type.", PageHtml.FieldError(html, "Input.Type"));
        Assert.Contains("Symbiosis registry", html);
        Assert.Equal(0, await LinkCountAsync(app));
    }

    [Theory]
    [InlineData(Roles.Board)]
    [InlineData(Roles.ParkDeveloper)]
    public async Task Get_ParkOfAnotherProvince_IsNotFound(string role)
    {
        await using var app = await TestApp.StartAsync();
        var developer = await RoleSession.StartAsync(app, Roles.ParkDeveloper);
        var park = await app.World().ParkAsync(developer.Province.Id, developer.Organisation.Id);
        var other = await RoleSession.StartAsync(app, role);

        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"/Parks/{park.Id}/Symbiosis")).StatusCode);
    }
}
