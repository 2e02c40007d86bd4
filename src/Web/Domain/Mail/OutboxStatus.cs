namespace Certification.Web.Domain.Mail;

/// <summary>Where an outbox message is in its life. Stored as text; if you add a status, also update the scheduler page counts.</summary>
public enum OutboxStatus
{
    /// <summary>Waiting for its due time or for its next delivery attempt.</summary>
    Pending,

    /// <summary>Accepted by the SMTP server. Final.</summary>
    Sent,

    /// <summary>Failed <see cref="OutboxRetryPolicy.MaxAttempts"/> times; waits for an administrator to resend it.</summary>
    Dead,

    /// <summary>Withdrawn before it was sent, e.g. a reminder for a task that has been completed. Final.</summary>
    Cancelled,
}
