using System.Text.Json;

namespace Certification.Workflows.Runtime;

/// <summary>
/// Writes and reads a whole <see cref="WorkflowInstance"/> as JSON (camelCase, enums as strings), for a
/// host that stores the instance, or parts of it such as bookmarks and scopes, in jsonb columns.
/// A round trip preserves every persisted property.
/// </summary>
public static class WorkflowInstanceJson
{
    /// <summary>The instance as compact JSON.</summary>
    public static string Serialize(WorkflowInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return JsonSerializer.Serialize(instance, WorkflowJson.Compact);
    }

    /// <summary>Reads an instance written by <see cref="Serialize"/>.</summary>
    /// <exception cref="JsonException">The text is not a serialized instance.</exception>
    public static WorkflowInstance Deserialize(string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        return JsonSerializer.Deserialize<WorkflowInstance>(json, WorkflowJson.Compact)
            ?? throw new JsonException("The JSON text holds null, not a workflow instance.");
    }
}
