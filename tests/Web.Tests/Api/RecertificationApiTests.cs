using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Certification.Web.Data;
using Certification.Web.Tests.Infrastructure;
using Certification.Web.Tests.Workflows;
using Certification.Workflows.Processes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Api;

/// <summary>Opening eco-enterprise and re-certification applications over /api/applications.</summary>
public sealed class RecertificationApiTests
{
    [Fact]
    public async Task PostApplication_RecertificationOfAParkWithoutCertificate_Answers422WithTheReasonInEnglish()
    {
        await using var app = await TestApp.StartAsync();
        var world = await ProcessWorld.CreateAsync(app);
        var developer = await world.ClientAsync(ProcessWorld.Developer, culture: "en");

        var response = await developer.PostAsJsonAsync("/api/applications", new { kind = "EcoIndustrialPark", parkId = world.ParkId, recertification = true });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("There is no certificate to renew; please apply for certification first.",
            (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["title"]);
    }

    [Fact]
    public async Task PostApplication_RecertificationOfACertifiedPark_CreatesARecertificationInstance()
    {
        await using var app = await TestApp.StartAsync();
        var world = await ProcessWorld.CreateAsync(app);
        await EnterpriseWorld.CertifyParkAsync(app, world.Province.Id, world.ParkId, world.Person(ProcessWorld.Committee).OrganisationId, new DateOnly(2023, 1, 10));
        var developer = await world.ClientAsync(ProcessWorld.Developer);

        var response = await developer.PostAsJsonAsync("/api/applications", new { kind = "EcoIndustrialPark", parkId = world.ParkId, recertification = true });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (Guid)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        Assert.Equal(RecertificationProcess.ParkName, (await world.InstanceAsync(id)).DefinitionName);
    }

    [Fact]
    public async Task PostApplication_EnterpriseOfAnUncertifiedPark_Answers422NamingWhy()
    {
        await using var app = await TestApp.StartAsync();
        var world = await EnterpriseWorld.CreateAsync(app, certified: false);
        var company = await world.ClientAsync(EnterpriseWorld.Company);

        var response = await company.PostAsJsonAsync("/api/applications", new { kind = "EcoEnterprise", enterpriseId = world.EnterpriseId });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("chưa được chứng nhận là khu công nghiệp sinh thái", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["title"]);
        Assert.False(await app.InScopeAsync(s => s.GetRequiredService<CertificationDbContext>().Applications.AnyAsync(a => a.EnterpriseId == world.EnterpriseId)));
    }
}
