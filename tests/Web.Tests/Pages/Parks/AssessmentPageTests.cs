using System.Net;
using Certification.Web.Data;
using Certification.Web.Domain.Assessment;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;
using Certification.Web.Tests.Infrastructure.Assessment;
using Certification.Web.Tests.Infrastructure.Evidence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Pages.Parks;

public sealed class AssessmentPageTests
{
    private static async Task<(TestApp App, RoleSession Developer, Guid ParkId)> DeveloperParkAsync(string culture = "vi")
    {
        var app = await TestApp.StartAsync();
        var developer = await RoleSession.StartAsync(app, Roles.ParkDeveloper, culture);
        var park = await app.World().ParkAsync(developer.Province.Id, developer.Organisation.Id);
        return (app, developer, park.Id);
    }

    private static Task<List<ParkAnswer>> AnswersAsync(TestApp app, Guid parkId) =>
        app.InScopeAsync(s => s.GetRequiredService<CertificationDbContext>().ParkAnswers.AsNoTracking().Include(a => a.Evidence)
            .Where(a => a.ParkId == parkId).ToListAsync());

    [Fact]
    public async Task Get_NothingReported_ShowsGapsFirstAndNotReportedInWords()
    {
        var (app, developer, parkId) = await DeveloperParkAsync();
        await using var _ = app;

        var response = await developer.Client.GetAsync($"/Parks/{parkId}/Assessment");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Chưa báo cáo", PageHtml.TextOf(html, "outcome-LEGAL.1"));
        Assert.Equal("vn-eip-national v1", PageHtml.TextOf(html, "set"));
        Assert.True(html.IndexOf("id=\"gaps\"", StringComparison.Ordinal) < html.IndexOf("id=\"indicator-LEGAL.1\"", StringComparison.Ordinal));
        Assert.Equal("Chưa đạt mọi tiêu chí bắt buộc", PageHtml.TextOf(html, "all-mandatory"));
    }

    [Fact]
    public async Task PostAnswer_YesWithEvidence_IsStoredAndTheIndicatorIsMet()
    {
        var (app, developer, parkId) = await DeveloperParkAsync();
        await using var _ = app;
        var file = await AssessmentArrange.EvidenceAsync(app, developer.Organisation.Id, "xac-nhan-tuan-thu.pdf");

        var response = await SignedInClient.PostFormAsync(developer.Client, $"/Parks/{parkId}/Assessment?handler=Answer", new()
        {
            ["Answer.Code"] = "LEGAL.1", ["Answer.YesNo"] = "yes", ["Answer.Note"] = "Xác nhận của Sở", ["Answer.EvidenceFileIds"] = file.Id.ToString(),
        }, $"/Parks/{parkId}/Assessment");
        var html = await developer.Client.GetStringAsync($"/Parks/{parkId}/Assessment");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var answer = Assert.Single(await AnswersAsync(app, parkId));
        Assert.True(answer.YesNo);
        Assert.Equal(file.Id, Assert.Single(answer.Evidence).EvidenceFileId);
        Assert.Equal("Đạt", PageHtml.TextOf(html, "outcome-LEGAL.1"));
        Assert.Contains("xac-nhan-tuan-thu.pdf", html);
    }

    [Fact]
    public async Task PostAnswer_PartLargerThanWhole_KeepsTheTypedValuesNamesTheFieldAndStoresNothing()
    {
        var (app, developer, parkId) = await DeveloperParkAsync();
        await using var _ = app;

        var response = await SignedInClient.PostFormAsync(developer.Client, $"/Parks/{parkId}/Assessment?handler=Answer", new()
        {
            ["Answer.Code"] = "ENV.3", ["Answer.Part"] = "1500,5", ["Answer.Whole"] = "1000",
        }, $"/Parks/{parkId}/Assessment");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Lượng thành phần phải từ 0 đến tổng lượng.", PageHtml.FieldError(html, "Answer.Part"));
        Assert.Contains("value=\"1500,5\"", html);
        Assert.Empty(await AnswersAsync(app, parkId));
    }

    [Fact]
    public async Task PostAnswer_NotANumberInEnglish_NamesTheFieldInEnglish()
    {
        var (app, developer, parkId) = await DeveloperParkAsync("en");
        await using var _ = app;

        var response = await SignedInClient.PostFormAsync(developer.Client, $"/Parks/{parkId}/Assessment?handler=Answer", new()
        {
            ["Answer.Code"] = "ENV.3", ["Answer.Part"] = "abc", ["Answer.Whole"] = "1000",
        }, $"/Parks/{parkId}/Assessment");
        var html = await response.Content.ReadAsStringAsync();

        Assert.StartsWith("The value 'abc' is not a number", PageHtml.FieldError(html, "Answer.Part"));
        Assert.Contains("Self-assessment", html);
        Assert.Equal("Not reported", PageHtml.TextOf(html, "outcome-LEGAL.1"));
    }

    [Fact]
    public async Task PostSnapshot_RecordsTheSetVersionAndTheUser()
    {
        var (app, developer, parkId) = await DeveloperParkAsync();
        await using var _ = app;

        var response = await SignedInClient.PostFormAsync(developer.Client, $"/Parks/{parkId}/Assessment?handler=Snapshot", [], $"/Parks/{parkId}/Assessment");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var record = await app.InScopeAsync(s => s.GetRequiredService<CertificationDbContext>().ParkAssessmentRecords.SingleAsync(r => r.ParkId == parkId));
        Assert.Equal(("vn-eip-national", 1), (record.SetId, record.SetVersion));
        Assert.Equal(developer.User.Id, record.RecordedByUserId);
    }

    [Fact]
    public async Task Board_OwnProvince_ReadsWithoutAnswerForms_AndCannotPost()
    {
        var (app, developer, parkId) = await DeveloperParkAsync();
        await using var _ = app;
        var boardOrganisation = await app.World().OrganisationAsync(OrganisationKind.ManagementBoard, developer.Province.Id);
        var board = await SignedInClient.SignInAsync(app, await app.World().UserAsync(Roles.Board, boardOrganisation.Id));

        var html = await board.GetStringAsync($"/Parks/{parkId}/Assessment");
        var post = await SignedInClient.PostFormAsync(board, $"/Parks/{parkId}/Assessment?handler=Answer",
            new() { ["Answer.Code"] = "LEGAL.1", ["Answer.YesNo"] = "yes" }, $"/Parks/{parkId}/Assessment");

        Assert.Contains("id=\"outcome-LEGAL.1\"", html);
        Assert.DoesNotContain("name=\"Answer.Code\"", html);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Empty(await AnswersAsync(app, parkId));
    }

    [Theory]
    [InlineData(Roles.Board)]
    [InlineData(Roles.ParkDeveloper)]
    [InlineData(Roles.Enterprise)]
    public async Task Get_ParkOfAnotherProvinceOrNotOwn_IsNotFound(string role)
    {
        var (app, _, parkId) = await DeveloperParkAsync();
        await using var __ = app;
        var other = await RoleSession.StartAsync(app, role);

        var response = await other.Client.GetAsync($"/Parks/{parkId}/Assessment");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PostAnswer_WithNewUpload_TakesTheFileThroughTheEvidenceIntakeAndAttachesIt()
    {
        var (app, developer, parkId) = await DeveloperParkAsync();
        await using var _ = app;
        var page = await developer.Client.GetStringAsync($"/Parks/{parkId}/Assessment");
        var token = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page,
            "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("ENV.6"), "Answer.Code" },
            { new StringContent("yes"), "Answer.YesNo" },
            { EvidenceSamples.FilePart(EvidenceSamples.Pdf("env6")), "Answer.Upload", "bao-cao-cong-khai-2025.pdf" },
        };

        var response = await developer.Client.PostAsync($"/Parks/{parkId}/Assessment?handler=Answer", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var answer = Assert.Single(await AnswersAsync(app, parkId));
        var file = await app.InScopeAsync(s => s.GetRequiredService<CertificationDbContext>().EvidenceFiles
            .SingleAsync(f => f.Id == answer.Evidence.Single().EvidenceFileId));
        Assert.Equal(("bao-cao-cong-khai-2025.pdf", developer.Organisation.Id), (file.OriginalName, file.OwnerOrganisationId));
    }
}
