using Certification.Web.Domain.Mail;

namespace Certification.Web.Infrastructure.Mail;

/// <summary>Delivery settings of the outbox (section "Outbox" of appsettings.json).</summary>
public sealed class OutboxOptions
{
    /// <summary>How often the delivery job looks for due mail, in seconds.</summary>
    public int PollSeconds { get; set; } = 15;

    /// <summary>The most messages one run of the delivery job sends.</summary>
    public int BatchSize { get; set; } = 50;

    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure, in seconds; doubled after each further failure.</summary>
    public int FirstRetrySeconds { get; set; } = 60;

    /// <summary>The longest wait between two attempts, in seconds.</summary>
    public int MaxRetrySeconds { get; set; } = 6 * 3600;

    /// <summary>How long an invitation's set-password link stays valid, in hours.</summary>
    public int InvitationLinkHours { get; set; } = 72;

    public OutboxRetryPolicy RetryPolicy() =>
        new(MaxAttempts, TimeSpan.FromSeconds(FirstRetrySeconds), TimeSpan.FromSeconds(MaxRetrySeconds));
}
