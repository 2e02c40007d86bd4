using System.Text.Json;
using System.Text.Json.Nodes;
using Certification.Workflows.Definitions;
using Certification.Workflows.Runtime;

namespace Certification.Workflows.Rendering;

/// <summary>
/// Renders a definition as JSON for administrators and the API: name, version, start, activities (each
/// with a "type" discriminator and its settings, e.g. candidate group, form key, deadline) and
/// transitions as from/outcome/to triples. Render only: definitions are written in C#.
/// </summary>
public static class WorkflowDefinitionJson
{
    /// <summary>The definition as a JSON tree.</summary>
    public static JsonObject ToJsonObject(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new JsonObject
        {
            ["name"] = definition.Name,
            ["version"] = definition.Version,
            ["displayName"] = definition.DisplayName,
            ["startActivityId"] = definition.StartActivityId,
            ["activities"] = JsonSerializer.SerializeToNode(definition.Activities, WorkflowJson.Compact),
            ["transitions"] = JsonSerializer.SerializeToNode(definition.Transitions, WorkflowJson.Compact),
        };
    }

    /// <summary>The definition as JSON text, indented unless <paramref name="indented"/> is false.</summary>
    public static string Render(WorkflowDefinition definition, bool indented = true) =>
        ToJsonObject(definition).ToJsonString(indented ? WorkflowJson.Indented : WorkflowJson.Compact);
}
