using System.Net;
using Certification.Web.Domain.Monitoring;
using Certification.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Tests.Monitoring;

/// <summary>Art 43–44 for a certified park through the pages: yearly report → re-evaluation → watch list → notice → remedy or revocation.</summary>
public sealed class ParkWatchListTests
{
    [Fact]
    public async Task AcceptReport_RecpFallsTo18Percent_WatchedNoticedAndRemediedByReportAt20Percent()
    {
        var clock = new TestClock(MonitoringWorld.Start);
        await using var app = await TestApp.StartAsync(clock: clock);
        var w = await MonitoringWorld.ArrangeAsync(app, clock, recpApplying: 9);
        var developer = await SignedInClient.SignInAsync(app, w.Developer);
        var board = await SignedInClient.SignInAsync(app, w.Officer);

        var reportId = await MonitoringPages.StartAsync(developer, w.Park.Id, MonitoringWorld.Year);
        Assert.Equal(HttpStatusCode.Redirect, (await MonitoringPages.SaveAsync(developer, reportId, MonitoringPages.ParkContent(), submit: true)).StatusCode);
        var boardInbox = await (await board.GetAsync("/Tasks/Inbox")).Content.ReadAsStringAsync();
        await MonitoringPages.PostOkAsync(board, "Report", reportId, "Accept");

        var report = await w.QueryAsync(db => db.AnnualReports.SingleAsync(r => r.Id == reportId));
        var entry = await w.QueryAsync(db => db.WatchEntries.SingleAsync(e => e.ParkId == w.Park.Id));
        Assert.Equal((AnnualReportStatus.Accepted, false), (report.Status, report.Evaluation!.AllMandatoryMet));
        Assert.True(await w.QueryAsync(db => db.ParkAssessmentRecords.AnyAsync(r => r.Id == report.AssessmentRecordId && !r.AllMandatoryMet)));
        Assert.Equal((WatchStatus.Watching, WatchReason.FailedMandatoryCriterion, w.Certificate.Id), (entry.Status, entry.Reason, entry.CertificateId));
        Assert.Contains($"href=\"/Monitoring/Report/{reportId}\">Xem xét báo cáo hằng năm", PageHtml.Decoded(boardInbox));
        var env2 = Assert.Single(entry.FailedCriteria);
        Assert.Equal(("ENV.2", 18m, "%"), (env2.Code, env2.Value, env2.Unit));

        await MonitoringPages.PostOkAsync(board, "Watch", entry.Id, "Notice",
            new() { ["NoticeText"] = "Đề nghị nâng tỷ lệ doanh nghiệp áp dụng RECP lên ít nhất 20 %.", ["RemedyWorkingDays"] = "20" });
        entry = await w.QueryAsync(db => db.WatchEntries.SingleAsync(e => e.Id == entry.Id));
        Assert.Equal((WatchStatus.Noticed, new DateOnly(2026, 3, 30)), (entry.Status, entry.RemedyDueOn));
        Assert.True(await w.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.IdempotencyKey == $"watch:{entry.Id:N}:notice:{w.Developer.Id:N}")));
        var watchPage = await PageContent.MainTextAsync(await developer.GetAsync($"/Monitoring/Watch/{entry.Id}"));
        Assert.Contains("30/03/2026", watchPage);

        clock.Advance(TimeSpan.FromDays(10));
        (developer, board) = (await SignedInClient.SignInAsync(app, w.Developer), await SignedInClient.SignInAsync(app, w.Officer)); // sign-ins expire
        await w.SetRecpAsync(10);
        var correctionId = Guid.Parse((await MonitoringPages.PostOkAsync(developer, "Report", reportId, "Correct")).Split('/').Last());
        await MonitoringPages.SaveAsync(developer, correctionId, MonitoringPages.ParkContent(), submit: true);
        await MonitoringPages.PostOkAsync(board, "Report", correctionId, "Accept");

        entry = await w.QueryAsync(db => db.WatchEntries.SingleAsync(e => e.Id == entry.Id));
        var reports = await w.QueryAsync(db => db.AnnualReports.Where(r => r.SubjectId == w.Park.Id).OrderBy(r => r.Revision).ToListAsync());
        Assert.Equal((WatchStatus.Remedied, correctionId, new DateOnly(2026, 3, 12)), (entry.Status, entry.RemedyReportId, entry.RemediedOn));
        Assert.Equal([AnnualReportStatus.Superseded, AnnualReportStatus.Accepted], reports.Select(r => r.Status));
        Assert.True(reports[1].Evaluation!.AllMandatoryMet);
        w.SetToday(2026, 4, 15);
        Assert.Equal(0, (await w.RunDailyCheckAsync()).RevocationsProposed);
        Assert.Null(await w.QueryAsync(db => db.Certificates.Where(c => c.Id == w.Certificate.Id).Select(c => c.RevokedOn).SingleAsync()));
    }

    [Fact]
    public async Task RemedyPeriodEnds_NotRemedied_CommitteeRevokes_RegistryAndVerifyShowRevokedWithDate()
    {
        var clock = new TestClock(MonitoringWorld.Start);
        await using var app = await TestApp.StartAsync(clock: clock);
        var w = await MonitoringWorld.ArrangeAsync(app, clock, recpApplying: 9);
        var developer = await SignedInClient.SignInAsync(app, w.Developer);
        var board = await SignedInClient.SignInAsync(app, w.Officer);
        var reportId = await MonitoringPages.StartAsync(developer, w.Park.Id, MonitoringWorld.Year);
        await MonitoringPages.SaveAsync(developer, reportId, MonitoringPages.ParkContent(), submit: true);
        await MonitoringPages.PostOkAsync(board, "Report", reportId, "Accept");
        var entryId = await w.QueryAsync(db => db.WatchEntries.Where(e => e.ParkId == w.Park.Id).Select(e => e.Id).SingleAsync());
        await MonitoringPages.PostOkAsync(board, "Watch", entryId, "Notice", new() { ["NoticeText"] = "Khắc phục ENV.2.", ["RemedyWorkingDays"] = "10" });

        w.SetToday(2026, 3, 16);
        var onLastDay = await w.RunDailyCheckAsync();
        w.SetToday(2026, 3, 17);
        var dayAfter = await w.RunDailyCheckAsync();
        var again = await w.RunDailyCheckAsync();

        Assert.Equal((0, 1, 0), (onLastDay.RevocationsProposed, dayAfter.RevocationsProposed, again.RevocationsProposed));
        Assert.True(await w.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.IdempotencyKey == $"watch:{entryId:N}:proposed:{w.Chair.Id:N}")));
        board = await SignedInClient.SignInAsync(app, w.Officer);
        var committee = await SignedInClient.SignInAsync(app, w.Chair);
        var committeeInbox = PageHtml.Decoded(await (await committee.GetAsync("/Tasks/Inbox")).Content.ReadAsStringAsync());
        Assert.Contains($"href=\"/Monitoring/Watch/{entryId}\">Quyết định thu hồi giấy chứng nhận", committeeInbox);
        var reason = new Dictionary<string, string> { ["Decision"] = "revoke", ["DecisionNote"] = "Không khắc phục tiêu chí ENV.2 (18 %) trong thời hạn" };
        Assert.Equal(HttpStatusCode.Forbidden, (await MonitoringPages.PostAsync(board, "Watch", entryId, "Decide", reason)).StatusCode);
        await MonitoringPages.PostOkAsync(committee, "Watch", entryId, "Decide", reason);

        var certificate = await w.QueryAsync(db => db.Certificates.SingleAsync(c => c.Id == w.Certificate.Id));
        var entry = await w.QueryAsync(db => db.WatchEntries.SingleAsync(e => e.Id == entryId));
        Assert.Equal((WatchStatus.Revoked, new DateOnly(2026, 3, 17)), (entry.Status, certificate.RevokedOn));
        var anonymous = SignedInClient.Anonymous(app);
        var verify = await PageContent.MainTextAsync(await anonymous.GetAsync($"/Verify/{certificate.VerificationCode}"));
        var registry = await PageContent.MainTextAsync(await anonymous.GetAsync("/Registry"));
        Assert.Contains("Đã bị thu hồi", verify);
        Assert.Contains("Thu hồi từ ngày 17/03/2026. Lý do: Không khắc phục tiêu chí ENV.2 (18 %) trong thời hạn", verify);
        Assert.True(registry.Contains("Đã thu hồi ngày 17/03/2026"), registry);
        Assert.True(await w.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.IdempotencyKey == $"watch:{entryId:N}:revoked:{w.Developer.Id:N}")));
    }

    [Fact]
    public async Task DailyCheck_CertifiedParkWithoutReportPastGrace_GoesOnWatchListOnce()
    {
        var clock = new TestClock(MonitoringWorld.Start);
        await using var app = await TestApp.StartAsync(clock: clock);
        var w = await MonitoringWorld.ArrangeAsync(app, clock, recpApplying: 10);
        var filer = await MonitoringWorld.ArrangeAsync(app, clock, recpApplying: 10);
        var filerReport = await MonitoringPages.StartAsync(await SignedInClient.SignInAsync(app, filer.Developer), filer.Park.Id, MonitoringWorld.Year);
        await MonitoringPages.SaveAsync(await SignedInClient.SignInAsync(app, filer.Developer), filerReport, MonitoringPages.ParkContent(), submit: true);

        w.SetToday(2027, 1, 9);
        var lastGraceDay = await w.RunDailyCheckAsync();
        w.SetToday(2027, 1, 10);
        var afterGrace = await w.RunDailyCheckAsync();
        var again = await w.RunDailyCheckAsync();

        Assert.Equal((0, 1, 0), (lastGraceDay.MissedReports, afterGrace.MissedReports, again.MissedReports));
        var entry = await w.QueryAsync(db => db.WatchEntries.SingleAsync());
        Assert.Equal((w.Park.Id, WatchReason.MissedReport, 2025, WatchStatus.Watching, new DateOnly(2027, 1, 10)),
            (entry.ParkId, entry.Reason, entry.ReportingYear, entry.Status, entry.OpenedOn));
        var boardList = await PageContent.MainTextAsync(await (await SignedInClient.SignInAsync(app, w.Officer)).GetAsync("/Monitoring?year=2025"));
        Assert.Contains("Không nộp báo cáo đúng hạn", boardList);
        Assert.Contains(w.Park.Name, boardList);
    }

    [Fact]
    public async Task MissedReport_FiledLateAndAcceptedMeetingEveryMandatoryCriterion_IsRemedied()
    {
        var clock = new TestClock(MonitoringWorld.Start);
        await using var app = await TestApp.StartAsync(clock: clock);
        var w = await MonitoringWorld.ArrangeAsync(app, clock, recpApplying: 10);
        w.SetToday(2027, 1, 10);
        await w.RunDailyCheckAsync();
        var developer = await SignedInClient.SignInAsync(app, w.Developer);
        var board = await SignedInClient.SignInAsync(app, w.Officer);

        var reportId = await MonitoringPages.StartAsync(developer, w.Park.Id, MonitoringWorld.Year);
        await MonitoringPages.SaveAsync(developer, reportId, MonitoringPages.ParkContent(), submit: true);
        await MonitoringPages.PostOkAsync(board, "Report", reportId, "Accept");

        var entry = await w.QueryAsync(db => db.WatchEntries.SingleAsync());
        var report = await w.QueryAsync(db => db.AnnualReports.SingleAsync(r => r.Id == reportId));
        Assert.Equal((WatchReason.MissedReport, WatchStatus.Remedied, reportId, new DateOnly(2027, 1, 10)),
            (entry.Reason, entry.Status, entry.RemedyReportId, entry.RemediedOn));
        // Reviewed in 2027, the 2025 report is still evaluated within 2026, on the facts of 2025.
        Assert.Equal((new DateOnly(2026, 12, 31), true), (report.Evaluation!.EvaluatedOn, report.Evaluation.AllMandatoryMet));
    }
}
