using System.Net;
using Certification.Web.Data;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Pages.Enterprises;

public sealed class FactsPageTests
{
    private static async Task<(TestApp App, RoleSession Enterprise, Guid EnterpriseId)> OwnEnterpriseAsync(string culture = "vi")
    {
        var app = await TestApp.StartAsync();
        var session = await RoleSession.StartAsync(app, Roles.Enterprise, culture);
        var investor = await app.World().OrganisationAsync(OrganisationKind.ParkInvestor, session.Province.Id);
        var park = await app.World().ParkAsync(session.Province.Id, investor.Id);
        var enterprise = await app.World().EnterpriseAsync(park.Id, session.Organisation.Id);
        return (app, session, enterprise.Id);
    }

    [Fact]
    public async Task Post_EnterpriseUser_StoresTheYearsFactsAndLeavesBlanksNotReported()
    {
        var (app, session, enterpriseId) = await OwnEnterpriseAsync();
        await using var _ = app;
        var url = $"/Enterprises/{enterpriseId}/Facts?year=2025";

        var response = await SignedInClient.PostFormAsync(session.Client, url, new()
        {
            ["Input.Workforce"] = "240", ["Input.AppliesRecp"] = "yes", ["Input.ElectricityKwh"] = "125000,5", ["Input.WaterCubicMetres"] = "3200",
            ["Input.Iso"] = "Iso14001", ["Input.HasGrievanceProcedure"] = "no",
        }, url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var facts = await app.InScopeAsync(s => s.GetRequiredService<CertificationDbContext>().EnterpriseFacts.SingleAsync(f => f.EnterpriseId == enterpriseId));
        Assert.Equal((2025, 240, true, 125000.5m, 3200m), (facts.Year, facts.Workforce!.Value, facts.AppliesRecp!.Value, facts.ElectricityKwh!.Value, facts.WaterCubicMetres!.Value));
        Assert.Equal("Iso14001", facts.IsoSystems);
        Assert.False(facts.HasGrievanceProcedure);
        Assert.Null(facts.DisclosesInformation);
        Assert.Null(facts.FuelTonnes);
        Assert.Contains("value=\"125000,5\"", await session.Client.GetStringAsync(url));
    }

    [Fact]
    public async Task Post_NegativeAndMalformedSavings_NameEachFieldKeepValuesAndStoreNothing()
    {
        var (app, session, enterpriseId) = await OwnEnterpriseAsync();
        await using var _ = app;
        var url = $"/Enterprises/{enterpriseId}/Facts?year=2025";

        var response = await SignedInClient.PostFormAsync(session.Client, url, new()
        {
            ["Input.Workforce"] = "240", ["Input.WaterCubicMetres"] = "-5", ["Input.FuelTonnes"] = "12 tấn",
        }, url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Lượng tiết kiệm không được âm.", PageHtml.FieldError(html, "Input.WaterCubicMetres"));
        Assert.StartsWith("Giá trị '12 tấn' không phải là số", PageHtml.FieldError(html, "Input.FuelTonnes"));
        Assert.Contains("value=\"12 tấn\"", html);
        Assert.Equal(0, await app.InScopeAsync(s => s.GetRequiredService<CertificationDbContext>().EnterpriseFacts.CountAsync()));
    }

    [Fact]
    public async Task Get_InEnglish_ShowsEnglishLabels()
    {
        var (app, session, enterpriseId) = await OwnEnterpriseAsync("en");
        await using var _ = app;

        var text = await PageContent.MainTextAsync(await session.Client.GetAsync($"/Enterprises/{enterpriseId}/Facts"));

        Assert.Contains("Yearly figures", text);
        Assert.Contains("Electricity saved (kWh)", text);
        Assert.Contains("ISO 50001 (energy management)", text);
    }

    [Fact]
    public async Task Get_BoardOfTheProvinceReadsOnly_OtherProvinceIsNotFound()
    {
        var (app, session, enterpriseId) = await OwnEnterpriseAsync();
        await using var _ = app;
        var boardOrganisation = await app.World().OrganisationAsync(OrganisationKind.ManagementBoard, session.Province.Id);
        var board = await SignedInClient.SignInAsync(app, await app.World().UserAsync(Roles.Board, boardOrganisation.Id));
        var foreign = await RoleSession.StartAsync(app, Roles.Board);

        var own = await board.GetStringAsync($"/Enterprises/{enterpriseId}/Facts");
        var other = await foreign.Client.GetAsync($"/Enterprises/{enterpriseId}/Facts");

        Assert.Contains("disabled", own);
        Assert.DoesNotContain("type=\"submit\" class=\"primary\"", own);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task Post_DeveloperOfThePark_MayReportTheTenantsFacts()
    {
        await using var app = await TestApp.StartAsync();
        var developer = await RoleSession.StartAsync(app, Roles.ParkDeveloper);
        var park = await app.World().ParkAsync(developer.Province.Id, developer.Organisation.Id);
        var enterprise = await app.World().EnterpriseAsync(park.Id);
        var url = $"/Enterprises/{enterprise.Id}/Facts?year=2024";

        var response = await SignedInClient.PostFormAsync(developer.Client, url, new() { ["Input.AppliesRecp"] = "no", ["Input.NoIso"] = "true" }, url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var facts = await app.InScopeAsync(s => s.GetRequiredService<CertificationDbContext>().EnterpriseFacts.SingleAsync(f => f.EnterpriseId == enterprise.Id));
        Assert.Equal((2024, false, ""), (facts.Year, facts.AppliesRecp!.Value, facts.IsoSystems));
    }
}
