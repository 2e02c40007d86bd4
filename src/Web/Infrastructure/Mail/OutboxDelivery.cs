using Certification.Web.Data;
using Certification.Web.Domain.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Certification.Web.Infrastructure.Mail;

/// <summary>
/// Sends the outbox messages that are due. Each message is taken in its own transaction with
/// <c>FOR UPDATE SKIP LOCKED</c> and marked sent (or failed) before that transaction commits, so two app instances
/// never send the same message, and a server that is down loses nothing: the message waits for its back-off delay,
/// and after <see cref="OutboxOptions.MaxAttempts"/> failures it is dead until an administrator resends it.
/// A crash between the server's acceptance and the commit sends that one message again (at-least-once).
/// </summary>
public sealed class OutboxDelivery(CertificationDbContext db, IEmailSender sender, TimeProvider clock,
    IOptionsMonitor<OutboxOptions> options, ILogger<OutboxDelivery> logger)
{
    public sealed record Run(int Sent, int Failed, int Dead);

    public async Task<Run> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var policy = settings.RetryPolicy();
        var (sent, failed, dead) = (0, 0, 0);
        for (var i = 0; i < settings.BatchSize; i++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var message = (await db.OutboxMessages.FromSql($"""
                SELECT * FROM "OutboxMessages"
                WHERE "Status" = 'Pending' AND "NextAttemptAt" <= {now}
                ORDER BY "NextAttemptAt", "CreatedAt"
                LIMIT 1 FOR UPDATE SKIP LOCKED
                """).ToListAsync(cancellationToken)).SingleOrDefault();
            if (message is null)
                break;
            try
            {
                await sender.SendAsync(message, cancellationToken);
                message.MarkSent(clock.GetUtcNow());
                sent++;
            }
            catch (EmailDeliveryException e)
            {
                message.RecordFailure(e.Message, clock.GetUtcNow(), policy);
                failed++;
                if (message.Status == OutboxStatus.Dead)
                    dead++;
                logger.LogWarning("Mail {Key} to {Recipient} failed (attempt {Attempt}, now {Status}): {Error}",
                    message.IdempotencyKey, message.RecipientEmail, message.Attempts, message.Status, e.Message);
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        return new Run(sent, failed, dead);
    }
}
