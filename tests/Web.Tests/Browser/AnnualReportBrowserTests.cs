using Certification.Web.Domain.Monitoring;
using Certification.Web.Tests.Infrastructure;
using Certification.Web.Tests.Infrastructure.Browser;
using Certification.Web.Tests.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Tests.Browser;

/// <summary>
/// Yearly monitoring in Chromium: the park developer files the annual report on last year (A.4 with land use, legal
/// compliance, RECP and symbiosis results) and submits it; the Board reviews and accepts it, sees the re-evaluation put
/// the park on the watch list (RECP 18 % &lt; 20 %), and sends the notice with a remedy period.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AnnualReportBrowserTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task AnnualReport_FiledByDeveloperAndAcceptedByBoard_ThroughThePages()
    {
        await using var app = await TestApp.StartOnKestrelAsync();
        var w = await MonitoringWorld.ArrangeAsync(app, new TestClock(DateTimeOffset.UtcNow), recpApplying: 9);
        var officer = await app.World().UserAsync(Certification.Web.Infrastructure.Identity.Roles.Board, w.Board.Id, withTwoFactor: true);

        await using (var person = await BrowserUser.SignInAsync(chromium, app, w.Developer))
        {
            var page = person.Page;
            await page.GotoAsync("/Monitoring?year=2025");
            await page.ClickAsync($"#subject-{w.Park.Id} button[type=submit]");
            await page.WaitForURLAsync(url => url.Contains("/Monitoring/Report/", StringComparison.Ordinal));
            await page.FillAsync("#total", "250");
            await page.FillAsync("#industrial", "200,5");
            await page.FillAsync("#leased", "180");
            await page.FillAsync("#legal", "Không có vi phạm pháp luật trong năm 2025.");
            await page.FillAsync("#recp", "9 doanh nghiệp tiết kiệm 108.000 kWh điện.");
            await page.FillAsync("#symbiosis", "Trao đổi hơi nước thừa giữa hai doanh nghiệp.");
            await page.ClickAsync("#submit");
            await page.WaitForSelectorAsync("#notice");
            Assert.Contains("Đã nộp báo cáo cho Ban Quản lý.", await page.InnerTextAsync("#notice"));
            Assert.Contains("Đã nộp, chờ xem xét", await page.InnerTextAsync("#report-status"));
            Assert.Contains("9 trong 50 doanh nghiệp áp dụng RECP", await page.InnerTextAsync("#recp-share"));
        }

        await using (var person = await BrowserUser.SignInAsync(chromium, app, officer))
        {
            var page = person.Page;
            await page.GotoAsync("/Monitoring?year=2025");
            Assert.Contains("Đã nộp, chờ xem xét", await page.InnerTextAsync($"#subject-{w.Park.Id}"));
            await page.ClickAsync($"#subject-{w.Park.Id} a");
            Assert.Contains("200,5", await page.InnerTextAsync("#land-use"));
            await page.ClickAsync("#accept");
            await page.WaitForSelectorAsync("#notice");
            Assert.Contains("danh sách theo dõi", await page.InnerTextAsync("#notice"));
            Assert.Contains("Không đạt tiêu chí bắt buộc", await page.InnerTextAsync("#all-mandatory"));
            Assert.Contains("ENV.2", await page.InnerTextAsync("#failed"));

            await page.GotoAsync("/Monitoring?year=2025");
            await page.ClickAsync("#watch-list a");
            await page.FillAsync("#notice-input", "Đề nghị nâng tỷ lệ doanh nghiệp áp dụng RECP lên ít nhất 20 %.");
            await page.FillAsync("#days", "20");
            await page.ClickAsync("#send-notice");
            await page.WaitForSelectorAsync("#notice");
            Assert.Contains("Đã gửi thông báo khắc phục", await page.InnerTextAsync("#watch-status"));
            await person.ScreenshotAsync("annual-report-watch-notice");
        }

        var statuses = await w.QueryAsync(async db => (await db.AnnualReports.Select(r => r.Status).SingleAsync(), await db.WatchEntries.Select(e => e.Status).SingleAsync()));
        Assert.Equal((AnnualReportStatus.Accepted, WatchStatus.Noticed), statuses);
    }
}
