using System.Net;
using Certification.Web.Data;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;
using Certification.Web.Tests.Infrastructure.Evidence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Pages.Evidence;

public sealed class EvidencePagesTests
{
    private static async Task<(TestApp App, HttpClient Client, TestWorld.TestUser User)> SignInAsync(
        IDictionary<string, string?>? settings = null, string culture = "vi")
    {
        var app = await TestApp.StartAsync(settings);
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var user = await world.UserAsync(Roles.ParkDeveloper, investor.Id, culture: culture);
        return (app, await SignedInClient.SignInAsync(app, user), user);
    }

    private static async Task<Guid> UploadAsync(HttpClient client, byte[] content, string name)
    {
        var response = await EvidenceSamples.PostToApiAsync(client, content, name);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    [Fact]
    public async Task Upload_GoodPdf_IsListedAndStoredAtItsSha256Address()
    {
        var (app, client, user) = await SignInAsync();
        await using var _ = app;
        var pdf = EvidenceSamples.Pdf(TestWorld.Unique());
        var sha = EvidenceSamples.Sha256(pdf);

        var response = await EvidenceSamples.PostToPageAsync(client, pdf, "Báo cáo môi trường.pdf");
        var list = await client.GetAsync(response.Headers.Location!.OriginalString);
        var text = await PageContent.MainTextAsync(list);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Đã tải lên Báo cáo môi trường.pdf.", text);
        Assert.Contains("Báo cáo môi trường.pdf", text);
        Assert.Contains("PDF", text);
        Assert.Contains("Chưa khóa", text);
        Assert.Equal(pdf, await File.ReadAllBytesAsync(Path.Combine(app.EvidenceFolder, sha[..2], sha)));
        Assert.Equal([Path.Combine(app.EvidenceFolder, sha[..2], sha)], EvidenceSamples.FilesUnder(app.EvidenceFolder));
        var row = await app.InScopeAsync(services => services.GetRequiredService<CertificationDbContext>().EvidenceFiles.SingleAsync());
        Assert.Equal(sha, row.Sha256);
        Assert.Equal(user.OrganisationId, row.OwnerOrganisationId);
        Assert.Equal(user.Id, row.UploadedByUserId);
        Assert.Equal("application/pdf", row.ContentType);
    }

    public static TheoryData<string, byte[], string, string> Refused => new()
    {
        { "oversized", [.. EvidenceSamples.Pdf(), .. new byte[2048]], "lon.pdf", "Tệp vượt quá dung lượng cho phép." },
        { "ELF renamed to .pdf", EvidenceSamples.Elf(), "chuong-trinh.pdf", "Chỉ chấp nhận tệp PDF, PNG, JPEG, DOCX hoặc XLSX" },
        { "MZ renamed to .pdf", EvidenceSamples.WindowsExecutable(), "setup.pdf", "Chỉ chấp nhận tệp PDF, PNG, JPEG, DOCX hoặc XLSX" },
        { "empty", [], "trong.pdf", "Tệp rỗng." },
        { "path in name", EvidenceSamples.Pdf(), "../../x.pdf", "Tên tệp không hợp lệ." },
        { "backslash path in name", EvidenceSamples.Pdf(), "..\\..\\x.pdf", "Tên tệp không hợp lệ." },
        { "ZIP claiming to be a PDF", [.. "PK\u0003\u0004"u8, 20, 0, 0, 0], "nen.pdf", "Chỉ chấp nhận tệp PDF" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Upload_AbusiveFile_IsRefusedWithMessageAndLeavesNothingBehind(string scenario, byte[] content, string name, string message)
    {
        var (app, client, _) = await SignInAsync(new Dictionary<string, string?> { ["Evidence:MaxFileBytes"] = "1024" });
        await using var _ = app;

        var response = await EvidenceSamples.PostToPageAsync(client, content, name);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{scenario}: {(int)response.StatusCode}");
        Assert.Contains(message, await PageContent.MainTextAsync(response));
        Assert.Equal(0, await EvidenceSamples.RowCountAsync(app));
        Assert.Empty(EvidenceSamples.FilesUnder(app.EvidenceFolder));
    }

    [Fact]
    public async Task Upload_NoFileChosen_SaysSo()
    {
        var (app, client, _) = await SignInAsync(culture: "en");
        await using var _ = app;

        var response = await SignedInClient.PostFormAsync(client, "/Evidence", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No file was chosen.", await PageContent.MainTextAsync(response));
    }

    [Fact]
    public async Task Upload_MalformedMultipart_IsA400NotA500()
    {
        var (app, client, _) = await SignInAsync();
        await using var _ = app;
        var content = new StringContent("--xyz\r\nContent-Disposition: form-data; name=\"Upload\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4 truncated");
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xyz");

        var response = await client.PostAsync("/Evidence", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await EvidenceSamples.RowCountAsync(app));
    }

    [Fact]
    public async Task Index_ShowsSizeLimitAndOnlyOwnOrganisationsFiles()
    {
        var (app, client, _) = await SignInAsync(new Dictionary<string, string?> { ["Evidence:MaxFileBytes"] = (5 * 1024 * 1024).ToString() }, "en");
        await using var _ = app;
        var world = app.World();
        var province = await world.ProvinceAsync();
        var otherInvestor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var otherClient = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.ParkDeveloper, otherInvestor.Id));
        await UploadAsync(client, EvidenceSamples.Pdf("own"), "own-report.pdf");
        await UploadAsync(otherClient, EvidenceSamples.Pdf("other"), "other-report.pdf");

        var text = await PageContent.MainTextAsync(await client.GetAsync("/Evidence"));

        Assert.Contains("at most 5 MB per file", text);
        Assert.Contains("own-report.pdf", text);
        Assert.DoesNotContain("other-report.pdf", text);
    }

    [Fact]
    public async Task View_Pdf_ShowsDetailsAndEmbedsTheFileInline()
    {
        var (app, client, _) = await SignInAsync();
        await using var _ = app;
        var pdf = EvidenceSamples.Pdf(TestWorld.Unique());
        var fileId = await UploadAsync(client, pdf, "quyet-dinh.pdf");

        var page = await client.GetAsync($"/Evidence/View/{fileId}");
        var html = await page.Content.ReadAsStringAsync();
        var file = await client.GetAsync($"/api/evidence/{fileId}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("quyet-dinh.pdf", html);
        Assert.Contains(EvidenceSamples.Sha256(pdf), html);
        Assert.Contains($"<iframe class=\"evidence-preview\" src=\"/api/evidence/{fileId}\"", html);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType!.MediaType);
        Assert.Equal("inline", file.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(pdf, await file.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Delete_UnlockedFile_RemovesTheRow()
    {
        var (app, client, _) = await SignInAsync();
        await using var _ = app;
        var fileId = await UploadAsync(client, EvidenceSamples.Pdf(TestWorld.Unique()), "nhap.pdf");

        var confirm = await PageContent.MainTextAsync(await client.GetAsync($"/Evidence/Delete/{fileId}"));
        var response = await SignedInClient.PostFormAsync(client, $"/Evidence/Delete/{fileId}", []);
        var list = await PageContent.MainTextAsync(await client.GetAsync("/Evidence"));

        Assert.Contains("Bạn có chắc muốn xóa tệp này?", confirm);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await EvidenceSamples.RowCountAsync(app));
        Assert.Contains("Đã xóa nhap.pdf.", list);
    }

    [Fact]
    public async Task Delete_LockedFile_IsRefusedAndKept()
    {
        var (app, client, _) = await SignInAsync(culture: "en");
        await using var _ = app;
        var fileId = await UploadAsync(client, EvidenceSamples.Pdf(TestWorld.Unique()), "submitted.pdf");
        await EvidenceSamples.LockAsync(app, fileId);

        var list = await client.GetAsync("/Evidence");
        var confirm = await PageContent.MainTextAsync(await client.GetAsync($"/Evidence/Delete/{fileId}"));
        var response = await SignedInClient.PostFormAsync(client, $"/Evidence/Delete/{fileId}", [], "/Evidence");

        Assert.DoesNotContain($"/Evidence/Delete/{fileId}", await list.Content.ReadAsStringAsync());
        Assert.Contains("Locked (attached to a submitted dossier)", await PageContent.MainTextAsync(list));
        Assert.Contains("cannot be changed or deleted", confirm);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The file is attached to a submitted dossier and cannot be changed or deleted.", await PageContent.MainTextAsync(response));
        Assert.Equal(1, await EvidenceSamples.RowCountAsync(app));
    }

    [Fact]
    public async Task Delete_FileOfAnotherOrganisation_Is404()
    {
        var (app, client, _) = await SignInAsync();
        await using var _ = app;
        var world = app.World();
        var province = await world.ProvinceAsync();
        var otherInvestor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var otherClient = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.ParkDeveloper, otherInvestor.Id));
        var fileId = await UploadAsync(otherClient, EvidenceSamples.Pdf(TestWorld.Unique()), "cua-nguoi-khac.pdf");

        var view = await client.GetAsync($"/Evidence/View/{fileId}");
        var delete = await SignedInClient.PostFormAsync(client, $"/Evidence/Delete/{fileId}", [], "/Evidence");

        Assert.Equal(HttpStatusCode.NotFound, view.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(1, await EvidenceSamples.RowCountAsync(app));
    }

    [Fact]
    public async Task Delete_AsBoardSeeingAnotherOrganisationsFile_Is403()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var board = await world.OrganisationAsync(OrganisationKind.ManagementBoard, province.Id);
        var owner = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.ParkDeveloper, investor.Id));
        var onlooker = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.Board, board.Id));
        var fileId = await UploadAsync(owner, EvidenceSamples.Pdf(TestWorld.Unique()), "ho-so.pdf");

        var view = await onlooker.GetAsync($"/Evidence/View/{fileId}");
        var delete = await onlooker.GetAsync($"/Evidence/Delete/{fileId}");

        Assert.Equal(HttpStatusCode.OK, view.StatusCode);
        Assert.DoesNotContain($"/Evidence/Delete/{fileId}", await view.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
    }

    [Theory]
    [InlineData("/Evidence/View/not-a-guid")]
    [InlineData("/Evidence/Delete/12345")]
    [InlineData("/Evidence/View/00000000-0000-0000-0000-000000000000")]
    public async Task Pages_MalformedOrUnknownFileId_Are404(string url)
    {
        var (app, client, _) = await SignInAsync();
        await using var _ = app;

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Pages_AsEnglishUser_ShowNoVietnameseText()
    {
        var (app, client, _) = await SignInAsync(culture: "en");
        await using var _ = app;
        var open = await UploadAsync(client, EvidenceSamples.Pdf("open"), "open.pdf");
        var locked = await UploadAsync(client, EvidenceSamples.Pdf("locked"), "locked.pdf");
        await EvidenceSamples.LockAsync(app, locked);

        foreach (var url in (string[])["/Evidence", $"/Evidence/View/{open}", $"/Evidence/Delete/{open}", $"/Evidence/View/{locked}", $"/Evidence/Delete/{locked}"])
        {
            var response = await client.GetAsync(url);
            var text = await PageContent.MainTextAsync(response);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(PageContent.VietnameseWords(text).Count == 0, $"{url}: {string.Join(" ", PageContent.VietnameseWords(text))}");
        }
    }
}
