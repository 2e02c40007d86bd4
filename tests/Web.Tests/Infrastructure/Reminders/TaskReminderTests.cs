using Certification.Web.Domain.Mail;
using Certification.Web.Tests.Infrastructure.Mail;
using Certification.Workflows.Clocks;

namespace Certification.Web.Tests.Infrastructure.Reminders;

/// <summary>The default ladder of appsettings.json: 3 working days before (assignees), due day, 1 working day overdue (escalation).</summary>
public sealed class TaskReminderTests
{
    private static readonly DateOnly DueOn = new(2026, 11, 26);   // a Thursday

    private static DateTimeOffset VietnamEight(int month, int day) => new(2026, month, day, 8, 0, 0, VietnamTime.Offset);

    [Fact]
    public async Task Reminder_WhenItsDayComes_ArrivesOnceInTheAssigneesLanguageWithTheTaskLink()
    {
        await using var sink = await SmtpSink.StartAsync();
        var clock = new TestClock(new DateTimeOffset(2026, 11, 20, 10, 0, 0, VietnamTime.Offset));
        await using var app = await TestApp.StartAsync(sink.Settings(), clock);
        var world = await ReminderWorld.CreateAsync(app, DueOn, $"head-{TestWorld.Unique()}@test.local");
        await world.ScheduleAsync(app);

        var early = await MailArrange.DeliverDueAsync(app);
        clock.Set(VietnamEight(11, 23).AddMinutes(-1));
        var aMinuteBefore = await MailArrange.DeliverDueAsync(app);
        clock.Set(VietnamEight(11, 23));
        var onTime = await MailArrange.DeliverDueAsync(app);
        var again = await MailArrange.DeliverDueAsync(app);

        // The head is a reviewer of the body too: both reviewers are reminded, each in their own language.
        Assert.Equal((0, 0, 2, 0), (early.Sent, aMinuteBefore.Sent, onTime.Sent, again.Sent));
        var received = sink.Received();
        var head = received.Single(m => m.EnvelopeTo.SequenceEqual([world.Head.Email]));
        Assert.Equal("vi", head.Language);
        Assert.Equal($"Nhắc việc: Xử lý hồ sơ – {world.Task.Subject} (hạn 26/11/2026)", head.Subject);
        var mail = received.Single(m => m.EnvelopeTo.SequenceEqual([world.Reviewer.Email]));
        Assert.Equal("en", mail.Language);
        Assert.Equal($"Reminder: Dossier task – {world.Task.Subject} (due 26/11/2026)", mail.Subject);
        Assert.Contains("3 working day(s) are left.", mail.Text);
        Assert.Contains($"http://certification.test/Tasks/{world.Task.TaskId}", mail.Text);
        Assert.Contains($"href=\"http://certification.test/Tasks/{world.Task.TaskId}\"", mail.Html);
    }

    [Fact]
    public async Task Escalation_OneWorkingDayOverdue_GoesToHeadBoardApplicantAndAssigneeExactlyOnce()
    {
        await using var sink = await SmtpSink.StartAsync();
        var headEmail = $"head-{TestWorld.Unique()}@test.local";
        var settings = sink.Settings();
        settings["Reminders:ReviewingBodyHeads:MAE"] = headEmail;
        var clock = new TestClock(new DateTimeOffset(2026, 11, 20, 10, 0, 0, VietnamTime.Offset));
        await using var app = await TestApp.StartAsync(settings, clock);
        var world = await ReminderWorld.CreateAsync(app, DueOn, headEmail);
        await world.ScheduleAsync(app);
        var scheduledTwice = await world.ScheduleAsync(app);

        clock.Set(VietnamEight(11, 27));   // Friday: one working day after the due Thursday
        await MailArrange.DeliverDueAsync(app);
        await MailArrange.DeliverDueAsync(app);

        var received = sink.Received();
        var escalations = received.Where(m => m.Key.Contains(":overdue-1:")).ToList();
        Assert.Equal(0, scheduledTwice);
        Assert.Equal(received.Count, received.Select(m => m.Key).Distinct().Count());
        Assert.Equal(new[] { world.BoardOfficer.Email, world.Developer.Email, headEmail, world.Reviewer.Email }.Order(),
            escalations.SelectMany(m => m.EnvelopeTo).Order());
        Assert.StartsWith("Quá hạn: Xử lý hồ sơ", escalations.Single(m => m.EnvelopeTo[0] == headEmail).Subject);
        Assert.Contains("Đã quá hạn 1 ngày làm việc.", escalations.Single(m => m.EnvelopeTo[0] == world.BoardOfficer.Email).Text);
        Assert.StartsWith("Tiến độ hồ sơ", escalations.Single(m => m.EnvelopeTo[0] == world.Developer.Email).Subject);
        // The earlier steps were due too and went out once each: before-3 (2 reviewers), due (2 reviewers, developer).
        Assert.Equal(9, received.Count);
    }

    [Fact]
    public async Task Reminders_TaskCompletedBeforeTheirDay_AreCancelledWithTheirNotificationsAndNeverSent()
    {
        await using var sink = await SmtpSink.StartAsync();
        var clock = new TestClock(new DateTimeOffset(2026, 11, 20, 10, 0, 0, VietnamTime.Offset));
        await using var app = await TestApp.StartAsync(sink.Settings(), clock);
        var world = await ReminderWorld.CreateAsync(app, DueOn, $"head-{TestWorld.Unique()}@test.local");
        var queued = await world.ScheduleAsync(app);

        var cancelled = await world.CancelAsync(app);
        clock.Set(VietnamEight(12, 31));
        var run = await MailArrange.DeliverDueAsync(app);

        Assert.True(queued > 0);
        Assert.Equal(queued, cancelled);
        Assert.Equal(0, run.Sent);
        Assert.Empty(sink.Received());
        Assert.Equal((long)queued, await MailArrange.CountAsync(app, OutboxStatus.Cancelled));
        Assert.Equal(0L, await app.Database.ScalarAsync<long>("SELECT count(*) FROM \"Notifications\" WHERE \"WithdrawnAt\" IS NULL"));
    }
}
