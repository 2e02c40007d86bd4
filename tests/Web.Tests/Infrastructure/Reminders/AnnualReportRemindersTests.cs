using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Infrastructure.Reminders;
using Certification.Web.Tests.Infrastructure.Mail;
using Certification.Workflows.Clocks;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Infrastructure.Reminders;

public sealed class AnnualReportRemindersTests
{
    [Fact]
    public async Task QueueDue_OnEachReminderDayBeforeTenDecember_RemindsEveryParkDeveloperOncePerDay()
    {
        await using var sink = await SmtpSink.StartAsync();
        var clock = new TestClock(new DateTimeOffset(2026, 11, 9, 9, 0, 0, VietnamTime.Offset));
        await using var app = await TestApp.StartAsync(sink.Settings(), clock);
        var province = await app.World().ProvinceAsync();
        var investor = await app.World().OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        await app.World().ParkAsync(province.Id, investor.Id);
        var developer = await app.World().UserAsync(Roles.ParkDeveloper, investor.Id, culture: "en");
        var idle = await app.World().OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        await app.World().UserAsync(Roles.ParkDeveloper, idle.Id);   // invests in no park: not reminded

        var beforeFirstDay = await QueueAsync(app);
        clock.Set(new DateTimeOffset(2026, 11, 10, 8, 0, 0, VietnamTime.Offset));   // 30 days before
        var thirtyDays = await QueueAsync(app);
        var sameDayAgain = await QueueAsync(app);
        clock.Set(new DateTimeOffset(2026, 12, 3, 8, 0, 0, VietnamTime.Offset));    // 7 days before
        var sevenDays = await QueueAsync(app);
        clock.Set(new DateTimeOffset(2026, 12, 11, 8, 0, 0, VietnamTime.Offset));   // past the deadline
        var after = await QueueAsync(app);
        await MailArrange.DeliverDueAsync(app);

        Assert.Equal((0, 1, 0, 1, 0), (beforeFirstDay, thirtyDays, sameDayAgain, sevenDays, after));
        var received = sink.Received();
        Assert.Equal(2, received.Count);
        Assert.All(received, m => Assert.Equal([developer.Email], m.EnvelopeTo));
        Assert.Contains(received, m => m.Subject == "Annual report 2026 reminder – due 10/12/2026" && m.Text.Contains("30 day(s) are left."));
        Assert.Contains(received, m => m.Text.Contains("7 day(s) are left.") && m.Text.Contains("http://certification.test/Monitoring"));
    }

    private static Task<int> QueueAsync(TestApp app) =>
        app.InScopeAsync(services => services.GetRequiredService<AnnualReportReminders>().QueueDueAsync(CancellationToken.None));
}
