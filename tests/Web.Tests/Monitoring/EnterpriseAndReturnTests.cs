using System.Net;
using Certification.Criteria.Inputs;
using Certification.Web.Data;
using Certification.Web.Domain.Assessment;
using Certification.Web.Domain.Certificates;
using Certification.Web.Domain.Monitoring;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;
using Certification.Web.Tests.Infrastructure.Assessment;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Monitoring;

/// <summary>An eco-enterprise's B.4/B.5 report and its revocation by the Board; a park report returned, corrected and accepted; form errors.</summary>
public sealed class EnterpriseAndReturnTests
{
    [Fact]
    public async Task EnterpriseReport_FailsIsoAndNotRemedied_BoardRevokesEnterpriseCertificate()
    {
        var clock = new TestClock(MonitoringWorld.Start);
        await using var app = await TestApp.StartAsync(clock: clock);
        var w = await MonitoringWorld.ArrangeAsync(app, clock, recpApplying: 10);
        var organisation = await app.World().OrganisationAsync(OrganisationKind.Enterprise, w.Province.Id);
        var enterprise = await app.World().EnterpriseAsync(w.Park.Id, organisation.Id);
        var holder = await app.World().UserAsync(Roles.Enterprise, organisation.Id);
        var certificate = await w.QueryAsync(async db =>
        {
            var facts = new EnterpriseFacts(enterprise.Id, MonitoringWorld.Year);
            facts.Report(MonitoringWorld.Recp(true) with { IsoSystems = [] }, null, AssessmentArrange.At);
            db.EnterpriseFacts.Add(facts);
            var issued = StoredCertificate.Add(db, Certificate.ForEnterprise($"{TestWorld.Unique()}/2025/GCN-DNST", w.Province.Id, w.Park.Id,
                enterprise.Id, enterprise.Name, "Ban Quản lý", "NĐ 35", new DateOnly(2024, 3, 1), null), w.Board.Id, AssessmentArrange.At);
            await db.SaveChangesAsync();
            return issued;
        });
        var client = await SignedInClient.SignInAsync(app, holder);
        var board = await SignedInClient.SignInAsync(app, w.Officer);

        var reportId = await MonitoringPages.StartAsync(client, enterprise.Id, MonitoringWorld.Year);
        await MonitoringPages.SaveAsync(client, reportId, new()
        {
            ["Input.LegalCompliance"] = "Chấp hành đầy đủ.", ["Input.CompliedWithLaw"] = "yes",
            ["Input.RecpResults"] = "Tiết kiệm 12.000 kWh điện.", ["Input.SymbiosisResults"] = "",
        }, submit: true);
        await MonitoringPages.PostOkAsync(board, "Report", reportId, "Accept");
        var developerView = await PageContent.MainTextAsync(await (await SignedInClient.SignInAsync(app, w.Developer)).GetAsync("/Monitoring?year=2025"));
        var entry = await w.QueryAsync(db => db.WatchEntries.SingleAsync(e => e.EnterpriseId == enterprise.Id));
        await MonitoringPages.PostOkAsync(board, "Watch", entry.Id, "Notice", new() { ["NoticeText"] = "Áp dụng ISO 14001.", ["RemedyWorkingDays"] = "5" });
        w.SetToday(2026, 3, 10);
        await w.RunDailyCheckAsync();
        board = await SignedInClient.SignInAsync(app, w.Officer);
        var decision = new Dictionary<string, string> { ["Decision"] = "revoke", ["DecisionNote"] = "Không áp dụng hệ thống quản lý ISO" };
        var byCommittee = await MonitoringPages.PostAsync(await SignedInClient.SignInAsync(app, w.Chair), "Watch", entry.Id, "Decide", decision);
        await MonitoringPages.PostOkAsync(board, "Watch", entry.Id, "Decide", decision);

        Assert.Equal((ReportSubject.Enterprise, WatchReason.FailedMandatoryCriterion), (entry.Subject, entry.Reason));
        Assert.Contains(entry.FailedCriteria, f => f.Code == "ISO.1");
        Assert.DoesNotContain(entry.FailedCriteria, f => f.Code is "LOC.1" or "LEGAL.1" or "RECP.1");
        Assert.Equal(HttpStatusCode.Forbidden, byCommittee.StatusCode);
        Assert.Contains(enterprise.Name, developerView);   // eco-enterprises report to their park's investor too
        Assert.Contains("Đã chấp nhận", developerView);
        var revoked = await w.QueryAsync(db => db.Certificates.Where(c => c.Id == certificate.Id || c.Id == w.Certificate.Id).ToDictionaryAsync(c => c.Id, c => c.RevokedOn));
        Assert.Equal(new DateOnly(2026, 3, 10), revoked[certificate.Id]);
        Assert.Null(revoked[w.Certificate.Id]);
        Assert.Equal(WatchStatus.Revoked, await w.QueryAsync(db => db.WatchEntries.Where(e => e.Id == entry.Id).Select(e => e.Status).SingleAsync()));
    }

    [Fact]
    public async Task ReturnReport_WithReason_IsCorrectedResubmittedAndAccepted()
    {
        var clock = new TestClock(MonitoringWorld.Start);
        await using var app = await TestApp.StartAsync(clock: clock);
        var w = await MonitoringWorld.ArrangeAsync(app, clock, recpApplying: 10);
        var developer = await SignedInClient.SignInAsync(app, w.Developer);
        var board = await SignedInClient.SignInAsync(app, w.Officer);
        var reportId = await MonitoringPages.StartAsync(developer, w.Park.Id, MonitoringWorld.Year);
        await MonitoringPages.SaveAsync(developer, reportId, MonitoringPages.ParkContent(), submit: true);

        var withoutReason = await MonitoringPages.PostAsync(board, "Report", reportId, "Return", new() { ["ReturnReason"] = " " });
        await MonitoringPages.PostOkAsync(board, "Report", reportId, "Return", new() { ["ReturnReason"] = "Diện tích cho thuê chưa khớp hợp đồng thuê đất." });
        var seen = await PageContent.MainTextAsync(await developer.GetAsync($"/Monitoring/Report/{reportId}"));
        await MonitoringPages.SaveAsync(developer, reportId, MonitoringPages.ParkContent(leased: "185,25"), submit: true);
        await MonitoringPages.PostOkAsync(board, "Report", reportId, "Accept");

        Assert.Equal(HttpStatusCode.OK, withoutReason.StatusCode);
        Assert.Contains("Cần nêu lý do trả lại báo cáo để chủ thể sửa đổi.", await PageContent.MainTextAsync(withoutReason));
        Assert.Contains("Diện tích cho thuê chưa khớp hợp đồng thuê đất.", seen);
        var report = await w.QueryAsync(db => db.AnnualReports.SingleAsync(r => r.Id == reportId));
        Assert.Equal((AnnualReportStatus.Accepted, 185.25m, true), (report.Status, report.LeasedHectares, report.Evaluation!.AllMandatoryMet));
        Assert.False(await w.QueryAsync(db => db.WatchEntries.AnyAsync()));
        Assert.True(await w.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.IdempotencyKey.StartsWith($"report:{reportId:N}:Returned:") && m.RecipientUserId == w.Developer.Id)));
    }

    [Theory]
    [InlineData("300", "Diện tích đã cho thuê phải từ 0 đến diện tích đất công nghiệp.")]
    [InlineData("mười", "Diện tích phải là một số (ha), ví dụ 250,5.")]
    public async Task SaveReport_BadLeasedArea_ShowsErrorKeepsInputAndStoresNothing(string leased, string message)
    {
        var clock = new TestClock(MonitoringWorld.Start);
        await using var app = await TestApp.StartAsync(clock: clock);
        var w = await MonitoringWorld.ArrangeAsync(app, clock, recpApplying: 10);
        var developer = await SignedInClient.SignInAsync(app, w.Developer);
        var reportId = await MonitoringPages.StartAsync(developer, w.Park.Id, MonitoringWorld.Year);

        var response = await MonitoringPages.SaveAsync(developer, reportId, MonitoringPages.ParkContent(leased), submit: true);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, PageHtml.Decoded(html));
        Assert.Contains($"value=\"{leased}\"", PageHtml.Decoded(html));
        var report = await w.QueryAsync(db => db.AnnualReports.SingleAsync(r => r.Id == reportId));
        Assert.Equal((AnnualReportStatus.Draft, null, ""), (report.Status, report.LeasedHectares, report.LegalCompliance));
    }
}
