namespace Certification.Workflows.Runtime;

/// <summary>
/// Base of every domain error the workflow runtime throws on purpose, so the host's single exception
/// handler can turn them into ProblemDetails or form errors.
/// </summary>
public abstract class WorkflowException : Exception
{
    /// <summary>Creates the exception with a message meant for an administrator or a log.</summary>
    protected WorkflowException(string message)
        : base(message)
    {
    }
}
