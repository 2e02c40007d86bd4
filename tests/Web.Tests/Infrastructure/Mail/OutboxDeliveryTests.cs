using System.Net;
using Certification.Web.Domain.Mail;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Pages.Admin;
using Certification.Web.Tests.Infrastructure;
using Certification.Web.Tests.Pages.Admin;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Infrastructure.Mail;

/// <summary>Mail goes through a real SMTP server on loopback (aiosmtpd), from the outbox row to the received message.</summary>
public sealed class OutboxDeliveryTests
{
    [Fact]
    public async Task DeliverDue_InvitationInEnglish_ArrivesInEnglishToTheInviteeWithAWorkingSetPasswordLink()
    {
        await using var sink = await SmtpSink.StartAsync();
        await using var app = await TestApp.StartAsync(sink.Settings());
        var admin = await RoleSession.StartAsync(app, Roles.Administrator);
        var investor = await app.World().OrganisationAsync(OrganisationKind.ParkInvestor, admin.Province.Id);
        var email = $"invitee-{TestWorld.Unique()}@test.local";

        var invite = await SignedInClient.PostFormAsync(admin.Client, "/Admin/Users/Invite", new()
        {
            ["Input.OrganisationId"] = investor.Id.ToString(), ["Input.Role"] = Roles.ParkDeveloper,
            ["Input.Email"] = email, ["Input.DisplayName"] = "Jane Invitee", ["Input.Culture"] = "en",
        });
        var run = await MailArrange.DeliverDueAsync(app);

        var mail = Assert.Single(sink.Received());
        Assert.Equal(HttpStatusCode.OK, invite.StatusCode);
        Assert.Equal(1, run.Sent);
        Assert.Equal([email], mail.EnvelopeTo);
        Assert.Contains(email, mail.To);
        Assert.Equal("en", mail.Language);
        Assert.Equal("Invitation to the eco-industrial park certification system", mail.Subject);
        Assert.Contains("Dear Jane Invitee", mail.Text);
        Assert.Contains("role Park developer, at ", mail.Text);
        var link = System.Text.RegularExpressions.Regex.Match(mail.Text, @"http://certification\.test/Account/SetPassword\?userId=[0-9a-f-]+&token=[A-Za-z0-9_-]+").Value;
        Assert.NotEmpty(link);
        Assert.Contains(WebUtility.HtmlEncode(link), mail.Html);
        Assert.Contains("Set your password", mail.Html);

        // The link works once: it sets the password, and the invitee signs in with it without the one-time password.
        var path = link["http://certification.test".Length..];
        var newcomer = SignedInClient.Anonymous(app);
        var set = await SignedInClient.PostFormAsync(newcomer, path, new() { ["Input.NewPassword"] = "ChosenPassword9", ["Input.ConfirmPassword"] = "ChosenPassword9" });
        var signIn = await SignedInClient.PostFormAsync(newcomer, "/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = "ChosenPassword9" });
        var home = await newcomer.GetAsync("/");
        var again = await SignedInClient.Anonymous(app).GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("link-invalid", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DeliverDue_VietnameseRecipient_ArrivesInVietnamese()
    {
        await using var sink = await SmtpSink.StartAsync();
        await using var app = await TestApp.StartAsync(sink.Settings());
        var user = Assert.Single(await MailArrange.InvitedUsersAsync(app, 1, culture: "vi"));

        await MailArrange.DeliverDueAsync(app);

        var mail = Assert.Single(sink.Received());
        Assert.Equal([user.Email], mail.EnvelopeTo);
        Assert.Equal("vi", mail.Language);
        Assert.Equal("Mời tham gia hệ thống chứng nhận KCN sinh thái", mail.Subject);
        Assert.Contains("vai trò Cán bộ Ban Quản lý", mail.Text);
        Assert.Contains($"http://certification.test/Account/SetPassword?userId={user.Id}&token=", mail.Text);
    }

    [Fact]
    public async Task DeliverDue_SmtpServerDown_LosesNothingAndSendsEachMailOnceAfterItComesBack()
    {
        await using var sink = await SmtpSink.StartAsync();
        var clock = new TestClock(DateTimeOffset.UtcNow);
        await using var app = await TestApp.StartAsync(sink.Settings(), clock);
        await sink.StopAsync();
        var users = await MailArrange.InvitedUsersAsync(app, 3);

        var whileDown = await MailArrange.DeliverDueAsync(app);
        var pendingWhileDown = await MailArrange.CountAsync(app, OutboxStatus.Pending);
        var beforeBackOff = await MailArrange.DeliverDueAsync(app);   // back-off: nothing is retried early
        await sink.StartAgainAsync();
        clock.Advance(TimeSpan.FromMinutes(2));
        var afterRecovery = await MailArrange.DeliverDueAsync(app);
        var nothingLeft = await MailArrange.DeliverDueAsync(app);

        Assert.Equal((0, 3, 0), (whileDown.Sent, whileDown.Failed, whileDown.Dead));
        Assert.Equal(3L, pendingWhileDown);
        Assert.Equal((0, 0), (beforeBackOff.Sent, beforeBackOff.Failed));
        Assert.Equal((3, 0), (afterRecovery.Sent, afterRecovery.Failed));
        Assert.Equal((0, 0), (nothingLeft.Sent, nothingLeft.Failed));
        var received = sink.Received();
        Assert.Equal(users.Select(u => u.Email).Order(), received.SelectMany(m => m.EnvelopeTo).Order());
        Assert.Equal(3, received.Select(m => m.Key).Distinct().Count());
        Assert.Equal(3L, await MailArrange.CountAsync(app, OutboxStatus.Sent));
    }

    [Fact]
    public async Task DeliverDue_FailingEveryAttempt_LandsInDeadLettersAndResendDeliversIt()
    {
        await using var sink = await SmtpSink.StartAsync();
        var clock = new TestClock(DateTimeOffset.UtcNow);
        var settings = sink.Settings();
        settings["Outbox:MaxAttempts"] = "2";
        await using var app = await TestApp.StartAsync(settings, clock);
        await sink.StopAsync();
        await MailArrange.InvitedUsersAsync(app, 1);

        await MailArrange.DeliverDueAsync(app);
        clock.Advance(TimeSpan.FromHours(1));
        var second = await MailArrange.DeliverDueAsync(app);
        var error = await app.Database.ScalarAsync<string>("SELECT \"LastError\" FROM \"OutboxMessages\"");
        await sink.StartAgainAsync();
        clock.Advance(TimeSpan.FromDays(1));
        var whileDead = await MailArrange.DeliverDueAsync(app);
        await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<Certification.Web.Data.CertificationDbContext>();
            (await db.OutboxMessages.FindAsync(await app.Database.ScalarAsync<Guid>("SELECT \"Id\" FROM \"OutboxMessages\"")))!.Resend(clock.GetUtcNow());
            await db.SaveChangesAsync();
        });
        var afterResend = await MailArrange.DeliverDueAsync(app);

        Assert.Equal(1, second.Dead);
        Assert.Contains($"SMTP 127.0.0.1:{sink.Port}", error);
        Assert.Equal(0, whileDead.Sent);
        Assert.Equal(1, afterResend.Sent);
        Assert.Single(sink.Received());
    }
}
