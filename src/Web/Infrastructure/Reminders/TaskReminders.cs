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
public sealed class TaskReminders(CertificationDbContext db, MailOutbox outbox, IOptionsMonitor<ReminderOptions> options, TimeProvider clock)
{
    public static string KeyPrefix(Guid taskId) => $"task:{taskId:N}:";

    /// <returns>The number of mails queued.</returns>
    public async Task<int> ScheduleAsync(ReminderTask task, WorkingDayCalendar calendar, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var ladder = settings.LadderFor(task.TaskType);
        var assigneeOrganisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == task.AssigneeOrganisationId, cancellationToken);
        var queued = 0;
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
                if (await outbox.QueueAsync(key, recipient, template, link, values, dated.SendAt, cancellationToken) is not null)
                    queued++;
            }
        }
        return queued;
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
                return await UsersAsync(task.AssigneeOrganisationId, task.AssigneeRoles, cancellationToken);
            case ReminderAudience.Board when task.BoardOrganisationId is { } board:
                return await UsersAsync(board, [Roles.Board], cancellationToken);
            case ReminderAudience.Applicant when task.ApplicantOrganisationId is { } applicant:
                return await UsersAsync(applicant, [Roles.ParkDeveloper, Roles.Enterprise], cancellationToken);
            case ReminderAudience.ReviewingBodyHead when assigneeOrganisation is { Kind: OrganisationKind.ReviewingBody, ReviewingBodyCode: { } code }
                && settings.ReviewingBodyHeads.TryGetValue(code, out var email) && !string.IsNullOrWhiteSpace(email):
                var normalised = email.Trim().ToUpperInvariant();
                var head = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedEmail == normalised, cancellationToken);
                return [head is not null ? MailOutbox.RecipientFor(head) : new EmailRecipient(null, email.Trim(), assigneeOrganisation.Name, "vi")];
            default:
                return [];
        }
    }

    private async Task<List<EmailRecipient>> UsersAsync(Guid organisationId, IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking()
            .Where(u => u.OrganisationId == organisationId && u.Email != null
                && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!))))
            .OrderBy(u => u.Email)
            .ToListAsync(cancellationToken);
        return users.Select(MailOutbox.RecipientFor).ToList();
    }
}
