using Quartz;

namespace Certification.Web.Infrastructure.Reminders;

/// <summary>
/// Daily Quartz job (at Reminders:SendAtHour, Viet Nam time): the yearly report reminders and the certificate expiry
/// reminders. Both key their mails, so a second run the same day, or on another node, queues nothing more.
/// </summary>
[DisallowConcurrentExecution]
public sealed class DailyRemindersJob(IServiceScopeFactory scopes) : IJob
{
    public static readonly JobKey Key = new("daily-reminders", "reminders");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var annual = await scope.ServiceProvider.GetRequiredService<AnnualReportReminders>().QueueDueAsync(cancellationToken);
        var expiry = await scope.ServiceProvider.GetRequiredService<CertificateExpiryReminders>().QueueDueAsync(cancellationToken);
        context.Result = $"annual report {annual}, certificate expiry {expiry}";
    }
}
