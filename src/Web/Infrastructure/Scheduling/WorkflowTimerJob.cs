using Certification.Web.Infrastructure.Workflows;
using Quartz;

namespace Certification.Web.Infrastructure.Scheduling;

/// <summary>
/// Fires the workflow timer bookmarks that are due (<see cref="WorkflowHost.FireDueTimersAsync"/>), every
/// Scheduler:TimerPollSeconds. The trigger lives in the clustered store, so one node runs each firing and a restart
/// loses none; a timer another node fired first is skipped by the host, so none fires twice.
/// </summary>
[DisallowConcurrentExecution]
public sealed class WorkflowTimerJob(IServiceScopeFactory scopes, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("workflow-timers", "workflows");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var fired = await scope.ServiceProvider.GetRequiredService<WorkflowHost>().FireDueTimersAsync(clock.GetUtcNow(), cancellationToken);
        context.Result = $"fired {fired}";
    }
}
