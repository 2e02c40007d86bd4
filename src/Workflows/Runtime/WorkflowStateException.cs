namespace Certification.Workflows.Runtime;

/// <summary>
/// The operation does not fit the instance's state: resuming a faulted instance before its incidents
/// are retried, firing a timer before its time, resuming a timer as a task, retrying on a finished
/// instance, cancelling a finished instance.
/// </summary>
public sealed class WorkflowStateException(Guid instanceId, WorkflowStatus status, string message)
    : WorkflowException($"Workflow instance {instanceId} ({status}): {message}")
{
    /// <summary>The instance concerned.</summary>
    public Guid InstanceId { get; } = instanceId;

    /// <summary>The instance's status when the operation was refused.</summary>
    public WorkflowStatus Status { get; } = status;
}
