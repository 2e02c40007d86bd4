using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Certification.Criteria.Sets;
using Certification.Web.Data;
using Certification.Web.Domain.Assessment;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Pages.Admin;

public sealed partial class IndicatorSetsPageTests
{
    private static readonly string V2 = NationalIndicatorSets.EcoIndustrialParkJson.Replace("\"version\": 1,", "\"version\": 2,");

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, string json, string fileName) =>
        SignedInClient.PostFileAsync(client, "/Admin/IndicatorSets", [], "Upload", fileName, Encoding.UTF8.GetBytes(json));

    private static Task<List<IndicatorSetVersion>> StoredAsync(TestApp app) =>
        app.InScopeAsync(s => s.GetRequiredService<CertificationDbContext>().IndicatorSetVersions.AsNoTracking().ToListAsync());

    [Fact]
    public async Task Upload_DuplicateCode_ListsTheProblemInVietnameseWithPathAndLineAndStoresNothing()
    {
        await using var app = await TestApp.StartAsync();
        var session = await RoleSession.StartAsync(app, Roles.Administrator);
        var bad = V2.Replace("\"code\": \"SVC.1\"", "\"code\": \"LEGAL.1\"").Replace("\"unit\": \"m3\"", "\"unit\": \"\"");

        var response = await UploadAsync(session.Client, bad, "bo-tieu-chi-loi.json");
        var text = await PageContent.MainTextAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tệp không hợp lệ, chưa lưu gì. Số lỗi: 2.", text);
        Assert.Contains("Mã tiêu chí bị trùng: hai tiêu chí trong bộ có cùng mã.", text);
        Assert.Contains("Văn bản bắt buộc (cơ sở pháp lý, căn cứ pháp lý, đơn vị) đang để trống.", text);
        Assert.Contains("bo-tieu-chi-loi.json", text);
        Assert.Contains("$.indicators[1].code", text);
        Assert.Equal(2, (await StoredAsync(app)).Count);
    }

    [Fact]
    public async Task Upload_MalformedJsonInEnglish_NamesTheProblemInEnglish()
    {
        await using var app = await TestApp.StartAsync();
        var session = await RoleSession.StartAsync(app, Roles.Administrator, "en");

        var text = await PageContent.MainTextAsync(await UploadAsync(session.Client, "{ \"setId\": ", "broken.json"));

        Assert.Contains("The file is not well-formed JSON.", text);
        Assert.Contains("nothing was stored", text);
        Assert.Contains("National eco-industrial park criteria", text);   // the versions listed in the reader's language
        Assert.DoesNotContain("Bộ tiêu chí khu công nghiệp sinh thái quốc gia", text);
        Assert.Equal(2, (await StoredAsync(app)).Count);
    }

    [Fact]
    public async Task UploadReviewPublish_ChangedThreshold_ShowsTheDiffThenPublishes()
    {
        await using var app = await TestApp.StartAsync();
        var session = await RoleSession.StartAsync(app, Roles.Administrator);
        var changed = V2.Replace("\"threshold\": 20,", "\"threshold\": 25,");

        var upload = await UploadAsync(session.Client, changed, "v2.json");
        var review = upload.Headers.Location!.OriginalString;
        var diff = await PageContent.MainTextAsync(await session.Client.GetAsync(review));
        var draft = (await StoredAsync(app)).Single(v => v.Version == 2);
        var publish = await SignedInClient.PostFormAsync(session.Client, $"/Admin/IndicatorSets/Review?id={draft.Id}&handler=Publish", [], review);

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        Assert.Contains("ENV.2", diff);
        Assert.Contains("threshold", diff);
        Assert.Contains("Bản nháp", diff);
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        var published = (await StoredAsync(app)).Single(v => v.Version == 2);
        Assert.Equal(IndicatorSetStatus.Published, published.Status);
        Assert.Equal(session.User.Id, published.PublishedByUserId);
        Assert.True(await app.InScopeAsync(s => s.GetRequiredService<CertificationDbContext>().AuditEntries
            .AnyAsync(e => e.EntityType == nameof(IndicatorSetVersion) && e.Action == "Modified")));
    }

    [Fact]
    public async Task Downloads_SchemaAndVersionJson_AreServed()
    {
        await using var app = await TestApp.StartAsync();
        var session = await RoleSession.StartAsync(app, Roles.Administrator);
        var national = (await StoredAsync(app)).Single(v => v.SetId == NationalIndicatorSets.EcoIndustrialParkSetId);

        var schema = await session.Client.GetStringAsync("/Admin/IndicatorSets?handler=Schema");
        var json = await session.Client.GetStringAsync($"/Admin/IndicatorSets?handler=Json&id={national.Id}");

        Assert.Equal(IndicatorSetSchema.Json, schema);
        Assert.Equal(NationalIndicatorSets.EcoIndustrialParkJson, json);
    }

    [Theory]
    [InlineData(Roles.Board)]
    [InlineData(Roles.ParkDeveloper)]
    public async Task Get_NotAdministrator_IsRefused(string role)
    {
        await using var app = await TestApp.StartAsync();
        var session = await RoleSession.StartAsync(app, role);

        var response = await session.Client.GetAsync("/Admin/IndicatorSets");

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{response.StatusCode}");
        Assert.DoesNotContain("Tải lên phiên bản mới", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Upload_SubjectKindChanged_ShowsTheRefusalAndStoresNothing()
    {
        await using var app = await TestApp.StartAsync();
        var session = await RoleSession.StartAsync(app, Roles.Administrator, "en");
        var json = NationalIndicatorSets.EcoEnterpriseJson
            .Replace("\"setId\": \"vn-eco-enterprise-national\"", "\"setId\": \"vn-eip-national\"").Replace("\"version\": 1,", "\"version\": 2,");

        var response = await UploadAsync(session.Client, json, "x.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("the subject kind cannot change", await PageContent.MainTextAsync(response));
        Assert.Equal(2, (await StoredAsync(app)).Count);
    }
}
