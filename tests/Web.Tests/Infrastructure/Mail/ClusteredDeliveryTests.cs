using Certification.Web.Domain.Mail;
using Certification.Web.Tests.Infrastructure;

namespace Certification.Web.Tests.Infrastructure.Mail;

public sealed class ClusteredDeliveryTests
{
    [Fact]
    public async Task DeliveryJob_TwoClusteredSchedulersOnOneDatabase_SendEachMessageExactlyOnce()
    {
        await using var sink = await SmtpSink.StartAsync();
        var settings = sink.Settings();
        settings["Scheduler:Enabled"] = "true";
        settings["Outbox:PollSeconds"] = "1";
        settings["Outbox:BatchSize"] = "3";   // small batches, so both nodes take turns on the queue
        await using var first = await TestApp.StartAsync(settings);
        await using var second = TestApp.StartOn(first.Database, settings);
        _ = first.Services;
        _ = second.Services;   // both hosts, and so both schedulers, are running from here

        var users = await MailArrange.InvitedUsersAsync(first, 12);
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (await MailArrange.CountAsync(first, OutboxStatus.Sent) < users.Count && DateTime.UtcNow < deadline)
            await Task.Delay(200);

        var received = sink.Received();
        Assert.Equal(users.Count, await MailArrange.CountAsync(first, OutboxStatus.Sent));
        Assert.Equal(users.Count, received.Count);
        Assert.Equal(users.Select(u => u.Email).Order(), received.SelectMany(m => m.EnvelopeTo).Order());
        Assert.Equal(2L, await first.Database.ScalarAsync<long>("SELECT count(*) FROM qrtz_scheduler_state"));
    }
}
