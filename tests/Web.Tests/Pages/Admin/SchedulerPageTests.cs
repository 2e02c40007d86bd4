using System.Net;
using Certification.Web.Domain.Mail;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;
using Certification.Web.Tests.Infrastructure.Mail;

namespace Certification.Web.Tests.Pages.Admin;

public sealed class SchedulerPageTests
{
    [Fact]
    public async Task OnGet_SchedulerRunning_ShowsDeliveryJobTriggerNodeAndRecentRun()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Scheduler:Enabled"] = "true", ["Outbox:PollSeconds"] = "1" });
        var admin = await RoleSession.StartAsync(app, Roles.Administrator);
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (await app.Database.ScalarAsync<long>("SELECT count(*) FROM qrtz_execution_history") == 0 && DateTime.UtcNow < deadline)
            await Task.Delay(200);

        var response = await admin.Client.GetAsync("/Admin/Scheduler");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<code>mail.outbox-delivery-poll</code>", html);
        Assert.Contains("id=\"nodes\"", html);
        Assert.Contains("Thành công", PageHtml.TableOf(html, "recent-runs"));
        Assert.Equal("0", PageHtml.TextOf(html, "count-dead"));
    }

    [Fact]
    public async Task OnPostResend_DeadLetterOfOwnProvince_QueuesItAgainAndItArrivesOnce()
    {
        await using var sink = await SmtpSink.StartAsync();
        var settings = sink.Settings();
        settings["Outbox:MaxAttempts"] = "1";
        await using var app = await TestApp.StartAsync(settings);
        var admin = await RoleSession.StartAsync(app, Roles.Administrator);
        await sink.StopAsync();
        var user = Assert.Single(await MailArrange.InvitedUsersAsync(app, 1, provinceId: admin.Province.Id));
        await MailArrange.DeliverDueAsync(app);
        await sink.StartAgainAsync();
        var id = await app.Database.ScalarAsync<Guid>("SELECT \"Id\" FROM \"OutboxMessages\"");

        var page = await (await admin.Client.GetAsync("/Admin/Scheduler")).Content.ReadAsStringAsync();
        var resend = await SignedInClient.PostFormAsync(admin.Client, $"/Admin/Scheduler?handler=Resend&id={id}", new(), "/Admin/Scheduler");
        var run = await MailArrange.DeliverDueAsync(app);

        Assert.Equal("1", PageHtml.TextOf(page, "count-dead"));
        Assert.Contains(user.Email, PageHtml.TableOf(page, "dead-letters"));
        Assert.Equal(HttpStatusCode.Redirect, resend.StatusCode);
        Assert.Equal(1, run.Sent);
        Assert.Equal([user.Email], Assert.Single(sink.Received()).EnvelopeTo);
        Assert.Equal(1L, await MailArrange.CountAsync(app, OutboxStatus.Sent));
    }

    [Fact]
    public async Task OnPostResend_DeadLetterOfAnotherProvince_IsNotFoundAndNotListed()
    {
        var settings = new Dictionary<string, string?> { ["Outbox:MaxAttempts"] = "1" };
        await using var app = await TestApp.StartAsync(settings);
        var admin = await RoleSession.StartAsync(app, Roles.Administrator);
        var foreign = Assert.Single(await MailArrange.InvitedUsersAsync(app, 1));   // another province; SMTP port 9 refuses
        await MailArrange.DeliverDueAsync(app);
        var id = await app.Database.ScalarAsync<Guid>("SELECT \"Id\" FROM \"OutboxMessages\"");

        var page = await (await admin.Client.GetAsync("/Admin/Scheduler")).Content.ReadAsStringAsync();
        var resend = await SignedInClient.PostFormAsync(admin.Client, $"/Admin/Scheduler?handler=Resend&id={id}", new(), "/Admin/Scheduler");

        Assert.DoesNotContain(foreign.Email, page);
        Assert.Equal(HttpStatusCode.NotFound, resend.StatusCode);
        Assert.Equal(1L, await MailArrange.CountAsync(app, OutboxStatus.Dead));
    }
}
