using Certification.Web.Domain.Mail;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Infrastructure.Reminders;
using Certification.Web.Tests.Infrastructure;
using Certification.Web.Tests.Infrastructure.Mail;
using Certification.Workflows.Clocks;
using Certification.Workflows.Processes;
using static Certification.Web.Tests.Workflows.ProcessWorld;
using Ids = Certification.Workflows.Processes.EcoIndustrialParkProcess.ActivityIds;

namespace Certification.Web.Tests.Workflows;

/// <summary>Reminders follow the workflow's task rows: queued when a task opens, cancelled in the same save when it closes.</summary>
public sealed class TaskReminderWiringTests
{
    [Fact]
    public async Task ApproveReview_WithRemindersPending_CancelsThemAndNoReminderIsSentAfterApproval()
    {
        await using var sink = await SmtpSink.StartAsync();
        var clock = new TestClock(new DateTimeOffset(2026, 10, 1, 9, 0, 0, VietnamTime.Offset));
        await using var app = await TestApp.StartAsync(sink.Settings(), clock);
        var world = await CreateAsync(app);
        var maeReviewer = await app.World().UserAsync(Roles.Reviewer, world.BodyOf(Mae));
        var moitReviewer = await app.World().UserAsync(Roles.Reviewer, world.BodyOf(Moit), culture: "en");
        var id = await world.OpenAndRouteAsync();
        var maeTask = (await world.TaskAsync(id, Ids.Review, "ENV.1"))!;
        var moitTask = (await world.TaskAsync(id, Ids.Review, "ENV.2"))!;
        var maePending = await PendingAsync(app, maeTask.Id);

        Done(await world.ActAsync(Mae, id, Ids.Review, ProcessOutcomes.Approve, itemKey: "ENV.1"));
        var maeAfterApproval = await PendingAsync(app, maeTask.Id);
        clock.Set(new DateTimeOffset(2026, 12, 31, 9, 0, 0, VietnamTime.Offset));   // past every step of both ladders
        await MailArrange.DeliverDueAsync(app);

        var received = sink.Received();
        Assert.True(maePending > 0);
        Assert.Equal(0L, maeAfterApproval);
        Assert.DoesNotContain(received, m => m.Key.StartsWith(TaskReminders.KeyPrefix(maeTask.Id), StringComparison.Ordinal));
        Assert.DoesNotContain(received, m => m.EnvelopeTo.Contains(maeReviewer.Email));
        // The other ministry's review is still open: its reminders went out, to its reviewer, in English, with the task link.
        var moitMail = received.Where(m => m.EnvelopeTo.Contains(moitReviewer.Email)).ToList();
        Assert.Equal(3, moitMail.Count);   // before-3, due, overdue-1
        Assert.All(moitMail, m => Assert.Equal("en", m.Language));
        Assert.All(moitMail, m => Assert.Contains($"http://certification.test/Tasks/Task/{id}/{moitTask.Id}", m.Text));
        Assert.Contains(moitMail, m => m.Subject.StartsWith("Reminder: Dossier task – ", StringComparison.Ordinal) && m.Text.Contains("3 working day(s) are left."));
        // The link leads to the task's page, which opens for the reviewer it was sent to.
        var page = await (await SignedInClient.SignInAsync(app, moitReviewer)).GetAsync($"/Tasks/Task/{id}/{moitTask.Id}");
        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
    }

    private static async Task<long> PendingAsync(TestApp app, Guid taskId) =>
        await app.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM \"OutboxMessages\" WHERE \"Status\" = '{OutboxStatus.Pending}' AND \"IdempotencyKey\" LIKE '{TaskReminders.KeyPrefix(taskId)}%'");
}
