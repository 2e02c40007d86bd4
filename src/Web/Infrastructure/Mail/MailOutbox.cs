using Certification.Web.Data;
using Certification.Web.Domain.Mail;
using Certification.Web.Domain.Notifications;
using Certification.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure.Mail;

/// <summary>
/// Queues mail in the outbox. It only adds rows to the caller's DbContext: the caller's SaveChangesAsync writes the
/// mail in the same transaction as the change that causes it. A mail to a user also gets its in-app notification.
/// </summary>
public sealed class MailOutbox(CertificationDbContext db, EmailTemplates templates, TimeProvider clock)
{
    public static EmailRecipient RecipientFor(AppUser user) =>
        new(user.Id, user.Email ?? throw new InvalidOperationException($"User {user.Id} has no e-mail address."), user.DisplayName, user.PreferredCulture);

    /// <summary>
    /// Renders <paramref name="template"/> for <paramref name="recipient"/> and queues it, to be sent at
    /// <paramref name="dueAt"/> (at once when null or past).
    /// </summary>
    /// <param name="idempotencyKey">Unique per mail, e.g. <c>reminder:{taskId}:{step}:{userId}</c>.</param>
    /// <returns>The queued message, or null when a message with this key exists already (it is never queued twice).</returns>
    public async Task<OutboxMessage?> QueueAsync(string idempotencyKey, EmailRecipient recipient, string template, string linkPath,
        IReadOnlyDictionary<string, string> values, DateTimeOffset? dueAt, CancellationToken cancellationToken)
    {
        if (db.OutboxMessages.Local.Any(m => m.IdempotencyKey == idempotencyKey)
            || await db.OutboxMessages.AnyAsync(m => m.IdempotencyKey == idempotencyKey, cancellationToken))
            return null;
        var now = clock.GetUtcNow();
        var email = templates.Render(template, recipient, linkPath, values);
        var message = new OutboxMessage(idempotencyKey, recipient, email, now, dueAt ?? now);
        db.OutboxMessages.Add(message);
        if (recipient.UserId is { } userId)
            db.Notifications.Add(new Notification(userId, message.Id, email.Subject, email.Link, message.DueAt));
        return message;
    }

    /// <summary>
    /// Cancels every pending message whose key starts with <paramref name="keyPrefix"/> and withdraws its notification,
    /// in the caller's transaction (e.g. a task's reminders when the task is completed).
    /// </summary>
    /// <returns>The number of messages cancelled.</returns>
    public async Task<int> CancelPendingAsync(string keyPrefix, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var pending = await db.OutboxMessages
            .Where(m => m.Status == OutboxStatus.Pending && m.IdempotencyKey.StartsWith(keyPrefix))
            .ToListAsync(cancellationToken);
        pending.AddRange(db.OutboxMessages.Local.Where(m => m.Status == OutboxStatus.Pending
            && m.IdempotencyKey.StartsWith(keyPrefix, StringComparison.Ordinal) && !pending.Contains(m)));
        var ids = pending.Where(m => m.Cancel(now)).Select(m => m.Id).ToList();
        var notifications = await db.Notifications.Where(n => n.OutboxMessageId != null && ids.Contains(n.OutboxMessageId.Value)).ToListAsync(cancellationToken);
        notifications.AddRange(db.Notifications.Local.Where(n => n.OutboxMessageId is { } id && ids.Contains(id) && !notifications.Contains(n)));
        foreach (var notification in notifications)
            notification.Withdraw(now);
        return ids.Count;
    }
}
