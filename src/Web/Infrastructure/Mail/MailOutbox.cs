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
        if ((await QueuedKeysAsync([idempotencyKey], includeSaved: true, cancellationToken)).Count > 0)
            return null;
        return QueueNew(idempotencyKey, recipient, template, linkPath, values, dueAt);
    }

    /// <summary>
    /// The keys among <paramref name="idempotencyKeys"/> already queued in this unit of work and, with
    /// <paramref name="includeSaved"/>, saved before: one query for a batch.
    /// </summary>
    public async Task<HashSet<string>> QueuedKeysAsync(IReadOnlyCollection<string> idempotencyKeys, bool includeSaved,
        CancellationToken cancellationToken)
    {
        var queued = includeSaved
            ? await db.OutboxMessages.Where(m => idempotencyKeys.Contains(m.IdempotencyKey)).Select(m => m.IdempotencyKey)
                .ToHashSetAsync(StringComparer.Ordinal, cancellationToken)
            : new HashSet<string>(StringComparer.Ordinal);
        queued.UnionWith(db.AddedWithoutDetecting<OutboxMessage>().Select(m => m.IdempotencyKey).Where(idempotencyKeys.Contains));
        return queued;
    }

    /// <summary>As <see cref="QueueAsync"/> for a key the caller has found new with <see cref="QueuedKeysAsync"/>.</summary>
    public OutboxMessage QueueNew(string idempotencyKey, EmailRecipient recipient, string template, string linkPath,
        IReadOnlyDictionary<string, string> values, DateTimeOffset? dueAt)
    {
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
        // Rows this unit of work queued and has not saved yet are cancelled in memory…
        var unsaved = db.AddedWithoutDetecting<OutboxMessage>()
            .Where(m => m.IdempotencyKey.StartsWith(keyPrefix, StringComparison.Ordinal) && m.Cancel(now)).Select(m => m.Id).ToHashSet();
        foreach (var notification in db.AddedWithoutDetecting<Notification>().Where(n => n.OutboxMessageId is { } id && unsaved.Contains(id)))
            notification.Withdraw(now);
        // …and saved ones in one statement, with their notifications, in the caller's transaction.
        var pattern = keyPrefix.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";
        // (Not composed further: PostgreSQL wants a data-modifying WITH at the top level.)
        var saved = (await db.Database.SqlQuery<int>($"""
            WITH cancelled AS (
                UPDATE "OutboxMessages" SET "Status" = {nameof(OutboxStatus.Cancelled)}, "CancelledAt" = {now}
                WHERE "Status" = {nameof(OutboxStatus.Pending)} AND "IdempotencyKey" LIKE {pattern}
                RETURNING "Id"),
            withdrawn AS (
                UPDATE "Notifications" SET "WithdrawnAt" = {now}
                WHERE "WithdrawnAt" IS NULL AND "OutboxMessageId" IN (SELECT "Id" FROM cancelled))
            SELECT count(*)::int AS "Value" FROM cancelled
            """).ToListAsync(cancellationToken)).Single();
        return unsaved.Count + saved;
    }
}
