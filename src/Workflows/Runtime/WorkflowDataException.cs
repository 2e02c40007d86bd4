namespace Certification.Workflows.Runtime;

/// <summary>
/// The instance data lacks something an activity needs (an organisation id, the fan-out list, a timer
/// instant). Raised while an activity runs, it becomes an <see cref="Incident"/> on the instance.
/// </summary>
public sealed class WorkflowDataException(string message) : WorkflowException(message);
