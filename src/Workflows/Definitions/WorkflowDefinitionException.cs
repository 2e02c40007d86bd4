using Certification.Workflows.Runtime;

namespace Certification.Workflows.Definitions;

/// <summary>
/// A definition is invalid (found when it is built) or names predicates or actions the host has not
/// bound (found before it runs). The message lists every problem, one per line.
/// </summary>
public sealed class WorkflowDefinitionException(string definitionName, int version, IReadOnlyList<string> errors)
    : WorkflowException(
        $"Workflow definition '{definitionName}' version {version} is invalid:{Environment.NewLine}"
        + string.Join(Environment.NewLine, errors.Select(error => $" - {error}")))
{
    /// <summary>The definition's name.</summary>
    public string DefinitionName { get; } = definitionName;

    /// <summary>The definition's version.</summary>
    public int Version { get; } = version;

    /// <summary>Each problem found, in the order checked.</summary>
    public IReadOnlyList<string> Errors { get; } = errors;
}
