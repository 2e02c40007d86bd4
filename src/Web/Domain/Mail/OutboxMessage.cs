namespace Certification.Web.Domain.Mail;

/// <summary>
/// One e-mail waiting to be sent, written in the same transaction as the change that causes it, so that the
/// change and the mail are either both kept or both lost. The delivery job sends it once it is due.
/// <see cref="IdempotencyKey"/> is unique (e.g. <c>reminder:{taskId}:{step}</c>): the same mail is never queued twice.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; private set; } = Guid.NewGuid();
    public string IdempotencyKey { get; private set; } = "";
    public Guid? RecipientUserId { get; private set; }
    public string RecipientEmail { get; private set; } = "";
    public string RecipientName { get; private set; } = "";

    /// <summary>"vi" or "en": the language the mail was written in (the recipient's preferred culture).</summary>
    public string Culture { get; private set; } = "vi";
    public string Template { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string TextBody { get; private set; } = "";
    public string HtmlBody { get; private set; } = "";

    /// <summary>Absolute URL of the page to act on.</summary>
    public string Link { get; private set; } = "";
    public OutboxStatus Status { get; private set; }

    /// <summary>Failed delivery attempts so far (reset when an administrator resends a dead message).</summary>
    public int Attempts { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Not sent before this instant (a reminder's date); equals <see cref="CreatedAt"/> for mail sent at once.</summary>
    public DateTimeOffset DueAt { get; private set; }

    /// <summary>The earliest instant of the next delivery attempt: <see cref="DueAt"/>, later moved by back-off.</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public DateTimeOffset? DeadAt { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }
    public string? LastError { get; private set; }

    private OutboxMessage() { }

    public OutboxMessage(string idempotencyKey, EmailRecipient recipient, RenderedEmail email, DateTimeOffset createdAt, DateTimeOffset dueAt)
    {
        IdempotencyKey = idempotencyKey;
        RecipientUserId = recipient.UserId;
        RecipientEmail = recipient.Email;
        RecipientName = recipient.DisplayName;
        Culture = email.Culture;
        Template = email.Template;
        Subject = email.Subject;
        TextBody = email.TextBody;
        HtmlBody = email.HtmlBody;
        Link = email.Link;
        Status = OutboxStatus.Pending;
        // Stored as timestamptz, which takes UTC only.
        CreatedAt = createdAt.ToUniversalTime();
        DueAt = dueAt < createdAt ? CreatedAt : dueAt.ToUniversalTime();
        NextAttemptAt = DueAt;
    }

    public void MarkSent(DateTimeOffset at)
    {
        EnsurePending();
        Status = OutboxStatus.Sent;
        SentAt = at;
        LastError = null;
    }

    /// <summary>Records a failed attempt: the message waits for its back-off delay, or is dead after the last attempt.</summary>
    public void RecordFailure(string error, DateTimeOffset at, OutboxRetryPolicy policy)
    {
        EnsurePending();
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        if (Attempts >= policy.MaxAttempts)
        {
            Status = OutboxStatus.Dead;
            DeadAt = at;
            return;
        }
        NextAttemptAt = at + policy.DelayAfter(Attempts);
    }

    /// <summary>An administrator sends a dead message again, at once and with a fresh set of attempts.</summary>
    /// <exception cref="DomainException">The message is not dead.</exception>
    public void Resend(DateTimeOffset at)
    {
        if (Status != OutboxStatus.Dead)
            throw new DomainException("Outbox.NotDead", "Chỉ gửi lại được thư đã thất bại hẳn.");
        Status = OutboxStatus.Pending;
        Attempts = 0;
        DeadAt = null;
        NextAttemptAt = at;
    }

    /// <summary>Withdraws a message not yet sent; a message already sent or dead is left as it is.</summary>
    /// <returns>true when the message was pending and is now cancelled.</returns>
    public bool Cancel(DateTimeOffset at)
    {
        if (Status != OutboxStatus.Pending)
            return false;
        Status = OutboxStatus.Cancelled;
        CancelledAt = at;
        return true;
    }

    private void EnsurePending()
    {
        if (Status != OutboxStatus.Pending)
            throw new InvalidOperationException($"Outbox message {Id} is {Status}, not pending.");
    }
}
