using Quartz;

namespace Certification.Web.Infrastructure.Reminders;

/// <summary>Daily Quartz job (at Reminders:SendAtHour, Viet Nam time) for the yearly report reminders.</summary>
[DisallowConcurrentExecution]
public sealed class AnnualReportReminderJob(IServiceScopeFactory scopes) : IJob
{
    public static readonly JobKey Key = new("annual-report-reminders", "reminders");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var queued = await scope.ServiceProvider.GetRequiredService<AnnualReportReminders>().QueueDueAsync(cancellationToken);
        context.Result = $"queued {queued}";
    }
}
