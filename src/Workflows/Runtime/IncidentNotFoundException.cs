namespace Certification.Workflows.Runtime;

/// <summary>The incident to retry is not open on the instance (already retried, or unknown).</summary>
public sealed class IncidentNotFoundException(Guid instanceId, Guid incidentId)
    : WorkflowException($"Incident {incidentId} is not open on workflow instance {instanceId}: it was already retried or never existed.")
{
    /// <summary>The instance that was searched.</summary>
    public Guid InstanceId { get; } = instanceId;

    /// <summary>The incident that was asked for.</summary>
    public Guid IncidentId { get; } = incidentId;
}
