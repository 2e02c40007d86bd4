namespace Certification.Workflows.Runtime;

/// <summary>The life-cycle state of a <see cref="WorkflowInstance"/>. Stored as a string by the host.</summary>
public enum WorkflowStatus
{
    /// <summary>Activities are executing; only seen inside a runner call, never after it returns.</summary>
    Running,

    /// <summary>Every path waits on a bookmark (a human task or a timer).</summary>
    Suspended,

    /// <summary>An End activity was reached (see <see cref="WorkflowInstance.FinalOutcome"/>).</summary>
    Completed,

    /// <summary>An activity failed; open incidents wait for an administrator's retry.</summary>
    Faulted,

    /// <summary>Cancelled by a person (e.g. the applicant withdrew); no bookmark remains.</summary>
    Cancelled,
}
