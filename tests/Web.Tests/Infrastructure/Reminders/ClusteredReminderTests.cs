using Certification.Web.Domain.Mail;
using Certification.Web.Tests.Infrastructure.Mail;
using Certification.Workflows.Clocks;

namespace Certification.Web.Tests.Infrastructure.Reminders;

public sealed class ClusteredReminderTests
{
    [Fact]
    public async Task DueDayReminders_TwoAppInstancesOnOneDatabase_ArriveExactlyOnceEach()
    {
        await using var sink = await SmtpSink.StartAsync();
        var settings = sink.Settings();
        settings["Scheduler:Enabled"] = "true";
        settings["Outbox:PollSeconds"] = "1";
        settings["Outbox:BatchSize"] = "1";
        settings["Reminders:SendAtHour"] = "0";   // the due-day step of a task due today is due from midnight: now
        await using var first = await TestApp.StartAsync(settings);
        await using var second = TestApp.StartOn(first.Database, settings);
        _ = first.Services;
        _ = second.Services;
        var world = await ReminderWorld.CreateAsync(first, VietnamTime.Today(TimeProvider.System), $"head-{TestWorld.Unique()}@test.local");

        await world.ScheduleAsync(first);
        await world.ScheduleAsync(second);   // the task opening seen twice queues nothing more
        var queued = await MailArrange.CountAsync(first, OutboxStatus.Pending);
        var due = await first.Database.ScalarAsync<long>("SELECT count(*) FROM \"OutboxMessages\" WHERE \"DueAt\" <= now()");
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (await MailArrange.CountAsync(first, OutboxStatus.Sent) < due && DateTime.UtcNow < deadline)
            await Task.Delay(200);

        var received = sink.Received();
        Assert.Equal(3L, due);   // due step: the two reviewers and the applicant's developer
        Assert.Equal(due, await MailArrange.CountAsync(first, OutboxStatus.Sent));
        Assert.Equal(queued - due, await MailArrange.CountAsync(first, OutboxStatus.Pending));   // the overdue step waits
        Assert.Equal(3, received.Count);
        Assert.Equal(new[] { world.Reviewer.Email, world.Head.Email, world.Developer.Email }.Order(), received.SelectMany(m => m.EnvelopeTo).Order());
    }
}
