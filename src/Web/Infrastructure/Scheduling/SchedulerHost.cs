using Quartz;

namespace Certification.Web.Infrastructure.Scheduling;

/// <summary>
/// Starts the Quartz scheduler with the app and shuts it down (waiting for running jobs) when the app stops.
/// "Scheduler:Enabled" = false leaves it unbuilt: tests that do not need it, and one-off command-line runs.
/// </summary>
public sealed class SchedulerHost(IConfiguration configuration, ISchedulerFactory factory, ILogger<SchedulerHost> logger) : IHostedService
{
    private IScheduler? _scheduler;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Scheduler:Enabled", true))
        {
            logger.LogInformation("Scheduler disabled (Scheduler:Enabled = false): no reminders or mail delivery from this instance.");
            return;
        }
        _scheduler = await factory.GetScheduler(cancellationToken);
        await _scheduler.Start(cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_scheduler is not null)
            await _scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
    }
}
