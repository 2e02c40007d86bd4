using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;
using Certification.Web.Tests.Infrastructure.Evidence;

namespace Certification.Web.Tests.Api;

public sealed class EvidenceApiTests
{
    private static async Task<(TestApp App, TestWorld World, Province Province, HttpClient Client)> ArrangeAsync(
        IDictionary<string, string?>? settings = null, string culture = "vi")
    {
        var app = await TestApp.StartAsync(settings);
        var world = app.World();
        var (province, investor, _, client) = await RoleSession.StartAsync(app, Roles.ParkDeveloper, culture);
        return (app, world, province, client);
    }

    private static async Task<Guid> UploadAsync(HttpClient client, byte[] content, string name)
    {
        var response = await EvidenceSamples.PostToApiAsync(client, content, name);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Post_SamePdfTwice_StoresTheBytesOnceUnderTheirSha256()
    {
        var (app, _, _, client) = await ArrangeAsync();
        await using var _ = app;
        var pdf = EvidenceSamples.Pdf(TestWorld.Unique());
        var sha = EvidenceSamples.Sha256(pdf);

        var first = await UploadAsync(client, pdf, "bien-ban.pdf");
        var second = await UploadAsync(client, pdf, "bien-ban (1).pdf");

        Assert.NotEqual(first, second);
        Assert.Equal(2, await EvidenceSamples.RowCountAsync(app));
        Assert.Equal([Path.Combine(app.EvidenceFolder, sha[..2], sha)], EvidenceSamples.FilesUnder(app.EvidenceFolder));
        Assert.Equal(pdf, await (await client.GetAsync($"/api/evidence/{second}")).Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Post_Docx_IsAcceptedAndDownloadsAsAttachment()
    {
        var (app, _, _, client) = await ArrangeAsync();
        await using var _ = app;
        byte[] docx = [.. "PK\u0003\u0004"u8, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0];

        var fileId = await UploadAsync(client, docx, "ke-hoach.docx");
        var download = await client.GetAsync($"/api/evidence/{fileId}");

        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("ke-hoach.docx", download.Content.Headers.ContentDisposition.FileNameStar);
    }

    public static TheoryData<string, byte[], string, string> Refused => new()
    {
        { "oversized", [.. EvidenceSamples.Pdf(), .. new byte[4096]], "lon.pdf", "The file is larger than allowed." },
        { "ELF renamed to .pdf", EvidenceSamples.Elf(), "report.pdf", "Only PDF, PNG, JPEG, DOCX or XLSX files are accepted (checked by content)." },
        { "MZ renamed to .pdf", EvidenceSamples.WindowsExecutable(), "report.pdf", "Only PDF, PNG, JPEG, DOCX or XLSX files are accepted (checked by content)." },
        { "empty", [], "report.pdf", "The file is empty." },
        { "path in name", EvidenceSamples.Pdf(), "../../x", "The file name is not valid." },
        { "absolute path in name", EvidenceSamples.Pdf(), "/etc/passwd.pdf", "The file name is not valid." },
        { "control character in name", EvidenceSamples.Pdf(), "bao\u0001cao.pdf", "The file name is not valid." },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Post_AbusiveFile_Is422AndLeavesNothingBehind(string scenario, byte[] content, string name, string message)
    {
        var (app, _, _, client) = await ArrangeAsync(new Dictionary<string, string?> { ["Evidence:MaxFileBytes"] = "1024" }, "en");
        await using var _ = app;

        var response = await EvidenceSamples.PostToApiAsync(client, content, name);

        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{scenario}: {(int)response.StatusCode}");
        Assert.Equal(message, await PageContent.ProblemTitleAsync(response));
        Assert.Equal(0, await EvidenceSamples.RowCountAsync(app));
        Assert.Empty(EvidenceSamples.FilesUnder(app.EvidenceFolder));
    }

    [Fact]
    public async Task Post_NotMultipart_Is422NoFileChosen()
    {
        var (app, _, _, client) = await ArrangeAsync();
        await using var _ = app;

        var response = await client.PostAsync("/api/evidence", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Chưa chọn tệp.", await PageContent.ProblemTitleAsync(response));
    }

    [Fact]
    public async Task Post_TwoFiles_Is422NoFileChosen()
    {
        var (app, _, _, client) = await ArrangeAsync();
        await using var _ = app;
        var form = new MultipartFormDataContent
        {
            { EvidenceSamples.FilePart(EvidenceSamples.Pdf("a")), "file", "a.pdf" },
            { EvidenceSamples.FilePart(EvidenceSamples.Pdf("b")), "file", "b.pdf" },
        };

        var response = await client.PostAsync("/api/evidence", form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(0, await EvidenceSamples.RowCountAsync(app));
    }

    [Fact]
    public async Task Post_TruncatedMultipart_Is400WithMessage()
    {
        var (app, _, _, client) = await ArrangeAsync();
        await using var _ = app;
        var content = new StringContent("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4 no end");
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");

        var response = await client.PostAsync("/api/evidence", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("multipart/form-data", (await PageContent.ProblemErrorsAsync(response))[""][0]);
        Assert.Empty(EvidenceSamples.FilesUnder(app.EvidenceFolder));
    }

    [Fact]
    public async Task Delete_UnlockedOwnFile_Is204()
    {
        var (app, _, _, client) = await ArrangeAsync();
        await using var _ = app;
        var fileId = await UploadAsync(client, EvidenceSamples.Pdf(TestWorld.Unique()), "nhap.pdf");

        var response = await client.DeleteAsync($"/api/evidence/{fileId}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(0, await EvidenceSamples.RowCountAsync(app));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/evidence/{fileId}")).StatusCode);
    }

    [Fact]
    public async Task Delete_LockedFile_Is422AndTheFileStays()
    {
        var (app, _, _, client) = await ArrangeAsync();
        await using var _ = app;
        var pdf = EvidenceSamples.Pdf(TestWorld.Unique());
        var fileId = await UploadAsync(client, pdf, "da-nop.pdf");
        await EvidenceSamples.LockAsync(app, fileId);

        var response = await client.DeleteAsync($"/api/evidence/{fileId}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Tệp đã nộp kèm hồ sơ, không thể sửa hoặc xóa.", await PageContent.ProblemTitleAsync(response));
        Assert.Equal(1, await EvidenceSamples.RowCountAsync(app));
        Assert.Equal(pdf, await (await client.GetAsync($"/api/evidence/{fileId}")).Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Delete_FileOfAnotherOrganisation_Is404AndAsBoardOnlooker403()
    {
        var (app, world, province, owner) = await ArrangeAsync();
        await using var _ = app;
        var fileId = await UploadAsync(owner, EvidenceSamples.Pdf(TestWorld.Unique()), "ho-so.pdf");
        var otherInvestor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var stranger = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.ParkDeveloper, otherInvestor.Id));
        var board = await world.OrganisationAsync(OrganisationKind.ManagementBoard, province.Id);
        var onlooker = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.Board, board.Id));

        var strangerRead = await stranger.GetAsync($"/api/evidence/{fileId}");
        var strangerDelete = await stranger.DeleteAsync($"/api/evidence/{fileId}");
        var onlookerRead = await onlooker.GetAsync($"/api/evidence/{fileId}");
        var onlookerDelete = await onlooker.DeleteAsync($"/api/evidence/{fileId}");

        Assert.Equal(HttpStatusCode.NotFound, strangerRead.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, strangerDelete.StatusCode);
        Assert.Equal(HttpStatusCode.OK, onlookerRead.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, onlookerDelete.StatusCode);
        Assert.Equal(1, await EvidenceSamples.RowCountAsync(app));
    }

    [Theory]
    [InlineData("/api/evidence/not-a-guid")]
    [InlineData("/api/evidence/00000000-0000-0000-0000-000000000000")]
    public async Task Get_MalformedOrUnknownId_Is404(string url)
    {
        var (app, _, _, client) = await ArrangeAsync();
        await using var _ = app;

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
    }
}
