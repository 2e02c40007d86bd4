using Certification.Workflows.Runtime;

namespace Certification.Workflows.Definitions;

/// <summary>No definition with this name (and version) is registered.</summary>
public sealed class DefinitionNotFoundException(string definitionName, int? version)
    : WorkflowException(version is null
        ? $"No workflow definition named '{definitionName}' is registered."
        : $"Workflow definition '{definitionName}' version {version} is not registered.")
{
    /// <summary>The name asked for.</summary>
    public string DefinitionName { get; } = definitionName;

    /// <summary>The version asked for; <see langword="null"/> when the latest was asked for.</summary>
    public int? Version { get; } = version;
}
