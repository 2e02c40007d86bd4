using Certification.Web.Data;
using Certification.Web.Domain.Mail;
using Certification.Web.Infrastructure.Mail;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Infrastructure.Mail;

public sealed class SchedulerRestartTests
{
    [Fact]
    public async Task ScheduledMail_AppKilledBeforeItIsDueThenStartedAgain_ArrivesExactlyOnce()
    {
        await using var sink = await SmtpSink.StartAsync();
        await using var app = await TestApp.StartAsync(sink.Settings());   // scheduler off: only arranges rows
        var users = await MailArrange.InvitedUsersAsync(app, 1);
        await MailArrange.DeliverDueAsync(app);   // the invitation itself, sent now
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Certification"] = app.Database.ConnectionString,
            ["Evidence__StorePath"] = app.EvidenceFolder,
            ["Scheduler__Enabled"] = "true",
            ["Outbox__PollSeconds"] = "1",
            ["Scheduler__ClusterCheckinSeconds"] = "2",   // the killed node's triggers are taken over after 4 s
            ["Smtp__Host"] = "127.0.0.1",
            ["Smtp__Port"] = sink.Port.ToString(),
            ["Site__PublicBaseUrl"] = "http://certification.test",
        };

        var first = await AppProcess.StartAsync(AppProcess.BuiltAppFolder(), AppProcess.RepositoryRoot(), environment);
        // Queued while the first instance runs, due in 10 s; the instance then crashes while the mail waits for its time.
        var dueAt = DateTimeOffset.UtcNow.AddSeconds(10);
        await app.InScopeAsync(async services =>
        {
            var outbox = services.GetRequiredService<MailOutbox>();
            var recipient = new EmailRecipient(users[0].Id, users[0].Email, "Người nhận", "vi");
            await outbox.QueueAsync("restart-test", recipient, "AnnualReportReminder", "/Parks",
                new Dictionary<string, string> { ["Year"] = "2026", ["ReportingYear"] = "2025", ["Deadline"] = "10/12/2026", ["Organisation"] = "Công ty thử", ["Status"] = "Còn 7 ngày." },
                dueAt, CancellationToken.None);
            await services.GetRequiredService<CertificationDbContext>().SaveChangesAsync();
        });
        await first.KillAsync();
        var sentBeforeRestart = sink.Received().Count;
        await using var second = await AppProcess.StartAsync(AppProcess.BuiltAppFolder(), AppProcess.RepositoryRoot(), environment);
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (await MailArrange.CountAsync(app, OutboxStatus.Pending) > 0 && DateTime.UtcNow < deadline)
            await Task.Delay(200);
        await first.DisposeAsync();

        Assert.Equal(1, sentBeforeRestart);   // only the invitation
        var reminders = sink.Received().Where(m => m.Key == "restart-test").ToList();
        var reminder = Assert.Single(reminders);
        Assert.Equal([users[0].Email], reminder.EnvelopeTo);
        Assert.True(await app.Database.ScalarAsync<DateTime>("SELECT \"SentAt\" FROM \"OutboxMessages\" WHERE \"IdempotencyKey\" = 'restart-test'") >= dueAt.UtcDateTime);
        Assert.Equal(0L, await MailArrange.CountAsync(app, OutboxStatus.Pending));
    }
}
