using System.Net;
using System.Text;
using Certification.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Tests.Monitoring;

/// <summary>Evidence chosen in the yearly report's own form: stored for the filer and attached in the same save, or refused with the text kept.</summary>
public sealed class ReportUploadTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    /// <summary>A certified park's developer has started the report on <see cref="MonitoringWorld.Year"/>.</summary>
    private static async Task<(MonitoringWorld World, HttpClient Developer, Guid ReportId)> DraftReportAsync(TestApp app, TestClock clock)
    {
        var w = await MonitoringWorld.ArrangeAsync(app, clock, recpApplying: 9);
        var developer = await SignedInClient.SignInAsync(app, w.Developer);
        return (w, developer, await MonitoringPages.StartAsync(developer, w.Park.Id, MonitoringWorld.Year));
    }

    [Fact]
    public async Task Save_WithNewFile_StoresItAsTheDevelopersEvidenceAndAttachesIt()
    {
        var clock = new TestClock(MonitoringWorld.Start);
        await using var app = await TestApp.StartAsync(clock: clock);
        var (w, developer, reportId) = await DraftReportAsync(app, clock);

        var response = await SignedInClient.PostFileAsync(developer, $"/Monitoring/Report/{reportId}?handler=Save", MonitoringPages.ParkContent(),
            "NewFiles", "bien-ban-quan-trac-2025.pdf", Pdf, "application/pdf", formPageUrl: $"/Monitoring/Report/{reportId}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var attached = await w.QueryAsync(db => db.AnnualReports.Where(r => r.Id == reportId).SelectMany(r => r.Evidence)
            .Join(db.EvidenceFiles, e => e.EvidenceFileId, f => f.Id, (e, f) => new { f.OriginalName, f.OwnerOrganisationId }).ToListAsync());
        var file = Assert.Single(attached);
        Assert.Equal(("bien-ban-quan-trac-2025.pdf", w.Developer.OrganisationId), (file.OriginalName, file.OwnerOrganisationId));
        var page = await PageContent.MainTextAsync(await developer.GetAsync($"/Monitoring/Report/{reportId}"));
        Assert.Contains("bien-ban-quan-trac-2025.pdf", page);
    }

    [Fact]
    public async Task Save_WithFileOfATypeNotAllowed_NamesItAndKeepsWhatWasTyped()
    {
        var clock = new TestClock(MonitoringWorld.Start);
        await using var app = await TestApp.StartAsync(clock: clock);
        var (w, developer, reportId) = await DraftReportAsync(app, clock);

        var response = await SignedInClient.PostFileAsync(developer, $"/Monitoring/Report/{reportId}?handler=Save", MonitoringPages.ParkContent(),
            "NewFiles", "ghi-chu.pdf", Encoding.UTF8.GetBytes("chỉ là văn bản, không phải PDF"), "application/pdf",
            formPageUrl: $"/Monitoring/Report/{reportId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = PageHtml.Decoded(await response.Content.ReadAsStringAsync());
        Assert.Contains("ghi-chu.pdf: Chỉ chấp nhận tệp PDF, PNG, JPEG, DOCX hoặc XLSX", html);
        Assert.Contains("Tiết kiệm điện 108.000 kWh và 4.500 m³ nước tại 9 doanh nghiệp.", html);
        var (saved, files) = await w.QueryAsync(async db => (
            await db.AnnualReports.Where(r => r.Id == reportId).Select(r => r.RecpResults).SingleAsync(),
            await db.EvidenceFiles.CountAsync(f => f.OriginalName == "ghi-chu.pdf")));
        Assert.Equal("", saved);
        Assert.Equal(0, files);
    }
}
