using Certification.Web.Data;
using Certification.Web.Data.Demo;
using Certification.Web.Domain.Monitoring;
using Certification.Web.Infrastructure.Monitoring;
using Certification.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Monitoring;

public sealed class DemoMonitoringTests
{
    [Fact]
    public async Task LoadOnce_AfterDemoData_SubmittedReportForTheBoardANoticedParkOnTheWatchListAndNoReportMissed()
    {
        await using var app = await TestApp.StartAsync();
        await app.InScopeAsync(services => DemoSeed.LoadAsync(services, CancellationToken.None));
        await app.InScopeAsync(services => services.GetRequiredService<DemoMonitoring>().LoadOnceAsync(CancellationToken.None)); // kept, not doubled
        // The first daily check of a fresh demo install: every demo certificate holder has filed what was due.
        var check = await app.InScopeAsync(services => services.GetRequiredService<MonitoringCheck>().RunAsync(CancellationToken.None));

        var (reports, entries) = await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CertificationDbContext>();
            return (await db.AnnualReports.ToListAsync(), await db.WatchEntries.ToListAsync());
        });
        var boardOrganisation = await app.InScopeAsync(services => services.GetRequiredService<CertificationDbContext>().Users
            .Where(u => u.Email == "board@demo.local").Select(u => u.OrganisationId).SingleAsync());
        var board = await SignedInClient.SignInAsync(app, await app.World().UserAsync(Certification.Web.Infrastructure.Identity.Roles.Board, boardOrganisation));
        var page = await PageContent.MainTextAsync(await board.GetAsync("/Monitoring"));

        Assert.Equal(0, check.MissedReports);
        Assert.Equal([AnnualReportStatus.Submitted, AnnualReportStatus.Accepted, AnnualReportStatus.Accepted], reports.Select(r => r.Status).Order());
        Assert.All(reports, r => Assert.True(r.IsDemo));
        var entry = Assert.Single(entries);
        Assert.Equal((WatchStatus.Noticed, true), (entry.Status, entry.IsDemo));
        Assert.Equal("ENV.2", Assert.Single(entry.FailedCriteria).Code);
        Assert.Contains("Đã nộp, chờ xem xét", page);
        Assert.Contains("Đã gửi thông báo khắc phục", page);
    }
}
