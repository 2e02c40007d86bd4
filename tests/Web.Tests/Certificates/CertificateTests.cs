using System.Net;
using System.Security.Cryptography;
using Certification.Web.Data;
using Certification.Web.Domain;
using Certification.Web.Domain.Certificates;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Certificates;
using Certification.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Certificates;

/// <summary>Issued certificates: the stored PDF (Vietnamese text, QR code to the verification page), the public verification page and registry.</summary>
public sealed class CertificateTests
{
    internal const string ParkName = "KCN Sinh thái Nhơn Trạch — Đồng Nai";

    internal sealed record Issued(Guid Id, string Number, string Code, Guid FileId);

    [Fact]
    public async Task IssueForPark_PdfText_HasVietnameseParkNameNumberAndIssuer()
    {
        await using var app = await TestApp.StartAsync();
        var issued = await IssueParkCertificateAsync(app, "01/2026/GCN-KCNST");

        var pdf = await PdfAsync(SignedInClient.Anonymous(app), issued.Code);
        var text = await ExternalTool.PdfTextAsync(pdf);

        Assert.Contains(ParkName, text);
        Assert.Contains("Số: 01/2026/GCN-KCNST", text);
        Assert.Contains("GIẤY CHỨNG NHẬN", text);
        Assert.Contains("KHU CÔNG NGHIỆP SINH THÁI", text);
        Assert.Contains("Nghị định số 35/2022/NĐ-CP", text);
        Assert.Contains("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI", text);
    }

    [Fact]
    public async Task IssueForPark_QrCode_DecodesToVerificationAddress()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Site:PublicBaseUrl"] = "https://chungnhan.dongnai.example/portal" });
        var issued = await IssueParkCertificateAsync(app, "02/2026/GCN-KCNST");

        var codes = await ExternalTool.PdfQrCodesAsync(await PdfAsync(SignedInClient.Anonymous(app), issued.Code), keepImageAs: "certificate-park");

        Assert.Equal([$"https://chungnhan.dongnai.example/portal/Verify/{issued.Code}"], codes);
    }

    [Fact]
    public async Task Pdf_DownloadedTwice_IsTheStoredBytesUnchanged()
    {
        await using var app = await TestApp.StartAsync();
        var issued = await IssueParkCertificateAsync(app, "03/2026/GCN-KCNST");
        var client = SignedInClient.Anonymous(app);

        var first = await PdfAsync(client, issued.Code);
        var second = await PdfAsync(client, issued.Code);
        var stored = await app.InScopeAsync(s => s.GetRequiredService<CertificationDbContext>().EvidenceFiles.SingleAsync(f => f.Id == issued.FileId));

        Assert.Equal(first, second);
        Assert.Equal(stored.Sha256, Convert.ToHexStringLower(SHA256.HashData(first)));
        Assert.True(stored.IsLocked);
    }

    [Fact]
    public async Task Verify_ValidCertificate_SaysValidWithParkName()
    {
        await using var app = await TestApp.StartAsync();
        var issued = await IssueParkCertificateAsync(app, "04/2026/GCN-KCNST");

        var response = await SignedInClient.Anonymous(app).GetAsync($"/Verify/{issued.Code}");
        var text = await PageContent.MainTextAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Còn hiệu lực", text);
        Assert.Contains(ParkName, text);
        Assert.DoesNotContain("Đã bị thu hồi", text);
    }

    [Fact]
    public async Task Verify_RevokedCertificate_SaysRevokedWithDateAndReason()
    {
        await using var app = await TestApp.StartAsync();
        var issued = await IssueParkCertificateAsync(app, "05/2026/GCN-KCNST");
        await app.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<CertificationDbContext>();
            var certificate = await db.Certificates.SingleAsync(c => c.Id == issued.Id);
            certificate.Revoke(new DateOnly(2026, 3, 2), "Không khắc phục tiêu chí ENV.2 sau thời hạn");
            await db.SaveChangesAsync();
        });

        var response = await SignedInClient.Anonymous(app).GetAsync($"/Verify/{issued.Code}");
        var text = await PageContent.MainTextAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Đã bị thu hồi", text);
        Assert.Contains("Thu hồi từ ngày 02/03/2026. Lý do: Không khắc phục tiêu chí ENV.2 sau thời hạn", text);
        Assert.DoesNotContain("Còn hiệu lực", text);
    }

    [Theory]
    [InlineData("/Verify/0123456789abcdef01234567")]
    [InlineData("/Verify?number=99/2099/KHONG-CO")]
    public async Task Verify_UnknownCodeOrNumber_Is404SayingNotFound(string url)
    {
        await using var app = await TestApp.StartAsync();
        await IssueParkCertificateAsync(app, "06/2026/GCN-KCNST");

        var response = await SignedInClient.Anonymous(app).GetAsync(url);
        var text = await PageContent.MainTextAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy giấy chứng nhận", text);
        Assert.DoesNotContain(ParkName, text);
    }

    [Fact]
    public async Task Verify_ByNumberInEnglish_FindsTheCertificate()
    {
        await using var app = await TestApp.StartAsync();
        await IssueParkCertificateAsync(app, "07/2026/GCN-KCNST");
        var client = SignedInClient.Anonymous(app);
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        var response = await client.GetAsync("/Verify?number=" + Uri.EscapeDataString("07/2026/GCN-KCNST"));
        var text = await PageContent.MainTextAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Valid", text);
        Assert.Contains("Eco-industrial park", text);
    }

    [Fact]
    public async Task Registry_WithoutSignIn_ListsCertifiedParkWithStatus()
    {
        await using var app = await TestApp.StartAsync();
        await IssueParkCertificateAsync(app, "08/2026/GCN-KCNST");

        var response = await SignedInClient.Anonymous(app).GetAsync("/Registry");
        var text = await PageContent.MainTextAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(ParkName, text);
        Assert.Contains("08/2026/GCN-KCNST", text);
        Assert.Contains("Còn hiệu lực", text);
    }

    [Fact]
    public async Task Issue_NumberAlreadyIssued_IsRefusedAndStoresNothing()
    {
        await using var app = await TestApp.StartAsync();
        await IssueParkCertificateAsync(app, "09/2026/GCN-KCNST");

        var error = await Assert.ThrowsAsync<DomainException>(() => IssueParkCertificateAsync(app, " 09/2026/GCN-KCNST "));

        Assert.Equal("Số giấy chứng nhận 09/2026/GCN-KCNST đã được cấp.", error.Message);
        Assert.Equal(1, await app.InScopeAsync(s => s.GetRequiredService<CertificationDbContext>().Certificates.CountAsync()));
    }

    [Fact]
    public void Revoke_Twice_IsRefused()
    {
        var certificate = Certificate.ForPark("10/2026", Guid.NewGuid(), Guid.NewGuid(), "KCN", "UBND", "NĐ 35", new DateOnly(2026, 1, 5), null);
        certificate.Revoke(new DateOnly(2026, 6, 1), "Lý do");

        Assert.Throws<DomainException>(() => certificate.Revoke(new DateOnly(2026, 7, 1), "Lần hai"));
        Assert.Equal(CertificateStatus.Valid, certificate.StatusOn(new DateOnly(2026, 5, 31)));
        Assert.Equal(CertificateStatus.Revoked, certificate.StatusOn(new DateOnly(2026, 6, 1)));
    }

    internal static async Task<Issued> IssueParkCertificateAsync(TestApp app, string number)
    {
        var world = app.World();
        var province = await world.ProvinceAsync(name: "Đồng Nai");
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var board = await world.OrganisationAsync(OrganisationKind.ManagementBoard, province.Id);
        var officer = await world.UserAsync(Certification.Web.Infrastructure.Identity.Roles.Board, board.Id);
        var park = await world.ParkAsync(province.Id, investor.Id, name: ParkName);
        return await app.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<CertificationDbContext>();
            var certificate = await s.GetRequiredService<CertificateIssuer>()
                .IssueForParkAsync(park.Id, number, new DateOnly(2026, 1, 15), board.Id, officer.Id, CancellationToken.None);
            await db.SaveChangesAsync();
            return new Issued(certificate.Id, certificate.Number, certificate.VerificationCode, certificate.PdfFileId);
        });
    }

    private static async Task<byte[]> PdfAsync(HttpClient client, string code)
    {
        var response = await client.GetAsync($"/Verify/{code}?handler=Pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
