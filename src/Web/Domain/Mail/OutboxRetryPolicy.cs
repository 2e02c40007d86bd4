namespace Certification.Web.Domain.Mail;

/// <summary>
/// How often and how patiently a message is retried: after failed attempt n (1-based) the next attempt waits
/// <see cref="FirstDelay"/> × 2^(n−1), never longer than <see cref="MaxDelay"/>; after <see cref="MaxAttempts"/>
/// failed attempts the message is dead.
/// </summary>
public sealed record OutboxRetryPolicy(int MaxAttempts, TimeSpan FirstDelay, TimeSpan MaxDelay)
{
    public TimeSpan DelayAfter(int failedAttempts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);
        var factor = Math.Pow(2, Math.Min(failedAttempts - 1, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(FirstDelay.Ticks * factor, MaxDelay.Ticks));
        return delay;
    }
}
