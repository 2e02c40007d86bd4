namespace Certification.Workflows.Runtime;

/// <summary>What a bookmark waits for.</summary>
public enum BookmarkKind
{
    /// <summary>A person of the candidate group chooses an outcome (<see cref="WorkflowRunner.ResumeAsync"/>).</summary>
    HumanTask,

    /// <summary>An instant passes (<see cref="WorkflowRunner.FireTimerAsync"/>).</summary>
    Timer,
}
