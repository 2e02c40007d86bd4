using Quartz;

namespace Certification.Web.Infrastructure.Monitoring;

/// <summary>
/// Daily Quartz job (at Reminders:SendAtHour, Viet Nam time): the watch-list check. It only opens entries and proposals
/// that are not there yet, so a second run, or a run on another node, adds nothing.
/// </summary>
[DisallowConcurrentExecution]
public sealed class MonitoringDailyJob(IServiceScopeFactory scopes) : IJob
{
    public static readonly JobKey Key = new("monitoring-daily-check", "monitoring");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<MonitoringCheck>().RunAsync(cancellationToken);
        context.Result = $"missed reports {outcome.MissedReports}, revocations proposed {outcome.RevocationsProposed}";
    }
}
