using System.Net;
using System.Text;
using Certification.Criteria.Inputs;
using Certification.Criteria.Wording;
using Certification.Web.Data;
using Certification.Web.Domain.Enterprises;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.EnterpriseImport;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Pages.Parks;

/// <summary>Enterprise data import through the pages: template, upload, background processing, the row-by-row report.</summary>
public sealed class EnterpriseImportPageTests
{
    private sealed record Arranged(TestApp App, HttpClient Client, Guid ParkId, Guid ExistingId);

    private static async Task<Arranged> ArrangeAsync(TestApp app, string culture = "vi")
    {
        var session = await RoleSession.StartAsync(app, Roles.ParkDeveloper, culture);
        var world = app.World();
        var park = await world.ParkAsync(session.Province.Id, session.Organisation.Id);
        var existing = await world.EnterpriseAsync(park.Id, name: "Công ty Cũ", taxCode: "3600000001");
        return new Arranged(app, session.Client, park.Id, existing.Id);
    }

    private static string?[] Row(params string?[] cells) => cells;

    /// <summary>Page text with every run of white space as one space, so a table row reads "row column problem".</summary>
    private static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    /// <summary>A filled template: header in Vietnamese, every column, the rows given (missing cells empty).</summary>
    private static byte[] Xlsx(params string?[][] rows) => ImportTemplate.Xlsx(Language.Vietnamese, rows, []);

    private static Task<HttpResponseMessage> UploadAsync(Arranged a, string fileName, byte[] content, int year = 2025) =>
        SignedInClient.PostFileAsync(a.Client, $"/Parks/{a.ParkId}/Import", new() { ["Year"] = year.ToString() }, "Upload", fileName, content);

    private static async Task<EnterpriseImport> FinishedAsync(TestApp app, Guid parkId)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var import = await app.InScopeAsync(s => s.GetRequiredService<CertificationDbContext>().EnterpriseImports.AsNoTracking()
                .Where(i => i.ParkId == parkId).OrderByDescending(i => i.UploadedAt).FirstAsync());
            if (import.IsFinished)
                return import;
            await Task.Delay(100);
        }
        throw new TimeoutException("The import did not finish within 60 s.");
    }

    [Fact]
    public async Task TemplateXlsx_HasVietnameseHeadersAndTheParksEnterprises()
    {
        await using var app = await TestApp.StartAsync();
        var a = await ArrangeAsync(app);

        var response = await a.Client.GetAsync($"/Parks/{a.ParkId}/Import?handler=Template&format=xlsx");
        var rows = SpreadsheetRows.Read(await response.Content.ReadAsByteArrayAsync(), ImportFormat.Xlsx).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ImportColumn.All.Select(c => c.Vietnamese), rows[0].Cells);
        Assert.Equal(["3600000001", "Công ty Cũ"], rows[1].Cells.Take(2));
    }

    [Fact]
    public async Task TemplateCsv_InEnglish_HasEnglishHeadersAndAByteOrderMark()
    {
        await using var app = await TestApp.StartAsync();
        var a = await ArrangeAsync(app, "en");

        var bytes = await (await a.Client.GetAsync($"/Parks/{a.ParkId}/Import?handler=Template&format=csv")).Content.ReadAsByteArrayAsync();
        var header = Encoding.UTF8.GetString(bytes[3..]).Split('\n')[0];

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.StartsWith("Tax code,Enterprise name,Sector,Workforce,Applies RECP (yes/no)", header);
    }

    [Fact]
    public async Task Upload_ValidXlsx_CreatesNewEnterprisesUpdatesExistingAndStoresTheYearsFacts()
    {
        await using var app = await TestApp.StartAsync();
        var a = await ArrangeAsync(app);
        var file = Xlsx(
            Row("3600000001", "Công ty Cũ (đổi tên)", "Dệt may", "420", "có", "125000,5", null, "88", "3200", null, null, null, null, "1500000000", "ISO 9001:2015; 14001", "có", "không", "có", "có"),
            Row("3600000002", "Công ty TNHH Mới Một", "Điện tử", "80", "không"),
            Row("3600000003-001", "Chi nhánh Công ty Mới Hai", null, null, null, null, null, null, null, null, null, null, null, null, "không có"));

        var upload = await UploadAsync(a, "du-lieu.xlsx", file);
        var import = await FinishedAsync(app, a.ParkId);
        var page = await PageContent.MainTextAsync(await a.Client.GetAsync($"/Parks/{a.ParkId}/Import/{import.Id}"));
        var (enterprises, facts) = await app.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<CertificationDbContext>();
            return (await db.Enterprises.Where(e => e.ParkId == a.ParkId).OrderBy(e => e.TaxCode).ToListAsync(),
                await db.EnterpriseFacts.Where(f => f.Year == 2025).ToListAsync());
        });

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        Assert.True(import.Status == EnterpriseImportStatus.Succeeded, page);
        Assert.Contains("Đã lưu dữ liệu 3 dòng: 2 doanh nghiệp mới, 1 doanh nghiệp được cập nhật, cho năm 2025.", page);
        Assert.Equal(["3600000001", "3600000002", "3600000003-001"], enterprises.Select(e => e.TaxCode));
        Assert.Equal("Công ty Cũ (đổi tên)", enterprises[0].Name);
        Assert.Equal(a.ExistingId, enterprises[0].Id);
        var first = facts.Single(f => f.EnterpriseId == a.ExistingId).ToReported();
        Assert.Equal(420, first.Workforce);
        Assert.True(first.AppliesRecp);
        Assert.Equal(125000.5m, first.Savings.ElectricityKwh);
        Assert.Null(first.Savings.FuelTonnes); // empty cell: not reported
        Assert.Equal([IsoStandard.Iso9001, IsoStandard.Iso14001], first.IsoSystems);
        Assert.False(first.DisclosesInformation);
        Assert.Equal([], facts.Single(f => f.EnterpriseId == enterprises[2].Id).ToReported().IsoSystems); // "không có" = none
    }

    [Fact]
    public async Task Upload_CsvWithBadRows_SavesNothingAndReportsEveryProblemByRowInVietnamese()
    {
        await using var app = await TestApp.StartAsync();
        var a = await ArrangeAsync(app);
        var header = string.Join(';', ImportColumn.All.Select(c => '"' + c.Vietnamese + '"'));
        var csv = header + "\n"
            + "3600000002;Công ty Đúng;;50;có\n"
            + "36000;Công ty Sai Mã\n"
            + "3600000004;;;-3\n"
            + "3600000005;Công ty Âm;;;;-12\n"
            + "3600000006;Công ty Lạ;;;có lẽ;;;;;;;;;;ISO 27001\n"
            + "3600000002;Công ty Trùng\n";

        await UploadAsync(a, "loi.csv", Encoding.UTF8.GetBytes(csv));
        var import = await FinishedAsync(app, a.ParkId);
        var page = Flat(await PageContent.MainTextAsync(await a.Client.GetAsync($"/Parks/{a.ParkId}/Import/{import.Id}")));
        var count = await app.InScopeAsync(s => s.GetRequiredService<CertificationDbContext>().Enterprises.CountAsync(e => e.ParkId == a.ParkId));

        Assert.Equal(EnterpriseImportStatus.Failed, import.Status);
        Assert.Equal(1, count); // only the enterprise arranged before: all or nothing
        Assert.Contains("Tệp có 7 vấn đề. Không có dữ liệu nào được lưu", page);
        Assert.Contains("3 Mã số thuế Mã số thuế \"36000\" không hợp lệ", page);
        Assert.Contains("4 Tên doanh nghiệp Thiếu tên doanh nghiệp.", page);
        Assert.Contains("4 Số lao động Số lao động \"-3\" phải là số nguyên không âm.", page);
        Assert.Contains("5 Điện tiết kiệm (kWh) Lượng tiết kiệm \"-12\" không được âm.", page);
        Assert.Contains("6 Áp dụng sản xuất sạch hơn (có/không) \"có lẽ\" phải là \"có\" hoặc \"không\".", page);
        Assert.Contains("Không nhận ra hệ thống ISO \"ISO 27001\"", page);
        Assert.Contains("7 Mã số thuế Mã số thuế 3600000002 đã có ở dòng 2.", page);
    }

    [Fact]
    public async Task Upload_BadRowsInEnglish_ReportIsInEnglish()
    {
        await using var app = await TestApp.StartAsync();
        var a = await ArrangeAsync(app, "en");
        var csv = "Tax code,Enterprise name,Colour\n12,Acme\n";

        await UploadAsync(a, "bad.csv", Encoding.UTF8.GetBytes(csv));
        var import = await FinishedAsync(app, a.ParkId);
        var page = await PageContent.MainTextAsync(await a.Client.GetAsync($"/Parks/{a.ParkId}/Import/{import.Id}"));

        Assert.Contains("The file has 1 problems. Nothing was saved", page);
        Assert.Contains("Column \"Colour\" is not in the template.", page);
    }

    [Fact]
    public async Task Upload_ExecutableNamedXlsx_IsRefusedOnTheFormAndStoresNothing()
    {
        await using var app = await TestApp.StartAsync();
        var a = await ArrangeAsync(app);

        var response = await UploadAsync(a, "du-lieu.xlsx", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00]);
        var text = await PageContent.MainTextAsync(response);
        var imports = await app.InScopeAsync(s => s.GetRequiredService<CertificationDbContext>().EnterpriseImports.CountAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Chỉ nhận tệp Excel .xlsx hoặc .csv theo mẫu; tệp này không đúng định dạng.", text);
        Assert.Equal(0, imports);
    }

    [Theory]
    [InlineData(Roles.Board, OrganisationKind.ManagementBoard)]
    [InlineData(Roles.Enterprise, OrganisationKind.Enterprise)]
    public async Task ImportPage_RoleThatCannotAddEnterprises_Is404(string role, OrganisationKind kind)
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var park = await world.ParkAsync(province.Id, investor.Id);
        var organisation = await world.OrganisationAsync(kind, province.Id);
        var client = await SignedInClient.SignInAsync(app, await world.UserAsync(role, organisation.Id));

        var response = await client.GetAsync($"/Parks/{park.Id}/Import");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
