using Quartz;

namespace Certification.Web.Infrastructure.Mail;

/// <summary>
/// The Quartz job that delivers due mail every <see cref="OutboxOptions.PollSeconds"/>. In a cluster one node runs
/// each firing; even if two runs overlapped, the row locks in <see cref="OutboxDelivery"/> keep every mail single.
/// </summary>
[DisallowConcurrentExecution]
public sealed class OutboxDeliveryJob(IServiceScopeFactory scopes) : IJob
{
    public static readonly JobKey Key = new("outbox-delivery", "mail");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var run = await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().DeliverDueAsync(cancellationToken);
        context.Result = $"sent {run.Sent}, failed {run.Failed}, dead {run.Dead}";
    }
}
