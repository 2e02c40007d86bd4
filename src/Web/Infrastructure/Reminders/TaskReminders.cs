using System.Globalization;
using Certification.Web.Data;
using Certification.Web.Domain.Mail;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Infrastructure.Mail;
using Certification.Workflows.Clocks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Certification.Web.Infrastructure.Reminders;

/// <summary>
/// Queues a task's whole reminder and escalation ladder in the outbox when the task opens (each mail due on its day),
/// and cancels what is still pending when it closes, both in the caller's transaction. Keys are
/// <c>task:{taskId}:{dueOn}:{step}:{recipient}</c>, so a ladder queued twice is still sent once.
/// </summary>
public sealed class TaskReminders(CertificationDbContext db, ReminderRecipients directory, MailOutbox outbox,
    IOptionsMonitor<ReminderOptions> options, TimeProvider clock)
{
    public static string KeyPrefix(Guid taskId) => $"task:{taskId:N}:";

    /// <summary>Queues the ladders of several tasks opened by one step, reading every organisation they involve at once.</summary>
    /// <returns>The number of mails queued.</returns>
    public async Task<int> ScheduleAllAsync(IReadOnlyList<ReminderTask> tasks, WorkingDayCalendar calendar, CancellationToken cancellationToken)
    {
        await directory.LoadAsync(tasks.SelectMany(t => new[] { t.AssigneeOrganisationId, t.ApplicantOrganisationId, t.BoardOrganisationId })
            .OfType<Guid>(), cancellationToken);
        var queued = 0;
        foreach (var task in tasks)
            queued += await ScheduleAsync(task, calendar, cancellationToken);
        return queued;
    }

    /// <returns>The number of mails queued.</returns>
    public async Task<int> ScheduleAsync(ReminderTask task, WorkingDayCalendar calendar, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var ladder = settings.LadderFor(task.TaskType);
        var assigneeOrganisation = await directory.OrganisationAsync(task.AssigneeOrganisationId, cancellationToken);
        var mails = new List<(string Key, EmailRecipient Recipient, string Template, string Link, Dictionary<string, string> Values, DateTimeOffset SendAt)>();
        foreach (var dated in ReminderLadder.Plan(ladder, task.DueOn, calendar, VietnamTime.Today(clock), settings.SendAtHour))
        {
            // One mail per person and step: someone in several audiences (a head who is also a reviewer) gets the
            // one of the strongest audience, escalation before reminder before the applicant's notice.
            var recipients = new Dictionary<string, (EmailRecipient Recipient, ReminderAudience Audience)>(StringComparer.OrdinalIgnoreCase);
            foreach (var audience in dated.Step.Audience.Distinct().OrderBy(Priority))
                foreach (var recipient in await RecipientsAsync(task, assigneeOrganisation, audience, settings, cancellationToken))
                    recipients.TryAdd(recipient.Email, (recipient, audience));
            foreach (var (recipient, audience) in recipients.Values)
            {
                var values = new Dictionary<string, string>
                {
                    ["Task"] = recipient.Culture == "en" ? ladder.NameEn : ladder.NameVi,
                    ["Subject"] = task.Subject,
                    ["Organisation"] = assigneeOrganisation.Name,
                    ["DueOn"] = task.DueOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                    ["Status"] = Status(dated.Step.WorkingDays, recipient.Culture),
                };
                var (template, link) = audience switch
                {
                    ReminderAudience.Assignees => ("TaskReminder", task.TaskLinkPath),
                    ReminderAudience.Applicant => ("TaskApplicantNotice", task.ApplicationLinkPath),
                    _ => ("TaskEscalation", task.ApplicationLinkPath),
                };
                // The due date is part of the key: when a paused clock moves it, the new ladder is new mail.
                var key = $"{KeyPrefix(task.TaskId)}{task.DueOn:yyyyMMdd}:{dated.Step.Name}:{recipient.UserId?.ToString("N") ?? recipient.Email.ToLowerInvariant()}";
                mails.Add((key, recipient, template, link, values, dated.SendAt));
            }
        }
        if (mails.Count == 0)
            return 0;
        // One query for the whole ladder (none for a task opening now): a ladder queued twice is still sent once.
        var queued = await outbox.QueuedKeysAsync(mails.Select(m => m.Key).ToList(), includeSaved: !task.JustOpened, cancellationToken);
        var added = 0;
        foreach (var mail in mails.Where(m => queued.Add(m.Key)))
        {
            outbox.QueueNew(mail.Key, mail.Recipient, mail.Template, mail.Link, mail.Values, mail.SendAt);
            added++;
        }
        return added;
    }

    /// <summary>Cancels the task's pending reminders (the task is done); mails already sent stay sent.</summary>
    public Task<int> CancelAsync(Guid taskId, CancellationToken cancellationToken) =>
        outbox.CancelPendingAsync(KeyPrefix(taskId), cancellationToken);

    private static int Priority(ReminderAudience audience) => audience switch
    {
        ReminderAudience.ReviewingBodyHead => 0,
        ReminderAudience.Board => 1,
        ReminderAudience.Assignees => 2,
        _ => 3,
    };

    private static string Status(int workingDays, string culture) => (workingDays, culture) switch
    {
        (< 0, "en") => $"{-workingDays} working day(s) are left.",
        (< 0, _) => $"Còn {-workingDays} ngày làm việc.",
        (0, "en") => "Today is the last day.",
        (0, _) => "Hôm nay là ngày cuối của thời hạn.",
        (_, "en") => $"It is {workingDays} working day(s) overdue.",
        _ => $"Đã quá hạn {workingDays} ngày làm việc.",
    };

    private async Task<IReadOnlyList<EmailRecipient>> RecipientsAsync(ReminderTask task, Organisation assigneeOrganisation,
        ReminderAudience audience, ReminderOptions settings, CancellationToken cancellationToken)
    {
        switch (audience)
        {
            case ReminderAudience.Assignees:
                return await directory.InRolesAsync(task.AssigneeOrganisationId, task.AssigneeRoles, cancellationToken);
            case ReminderAudience.Board when task.BoardOrganisationId is { } board:
                return await directory.InRolesAsync(board, [Roles.Board], cancellationToken);
            case ReminderAudience.Applicant when task.ApplicantOrganisationId is { } applicant:
                return await directory.InRolesAsync(applicant, [Roles.ParkDeveloper, Roles.Enterprise], cancellationToken);
            case ReminderAudience.ReviewingBodyHead when assigneeOrganisation is { Kind: OrganisationKind.ReviewingBody, ReviewingBodyCode: { } code }
                && settings.ReviewingBodyHeads.TryGetValue(code, out var email) && !string.IsNullOrWhiteSpace(email):
                var normalised = email.Trim().ToUpperInvariant();
                var head = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedEmail == normalised, cancellationToken);
                return [head is not null ? MailOutbox.RecipientFor(head) : new EmailRecipient(null, email.Trim(), assigneeOrganisation.Name, "vi")];
            default:
                return [];
        }
    }
}
