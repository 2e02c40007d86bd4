using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Certification.Workflows.Runtime;

/// <summary>Reads typed values out of instance data with errors that name the key.</summary>
internal static class JsonData
{
    public static string RequireString(JsonObject source, string key, string where)
    {
        if (source[key] is JsonValue value && value.TryGetValue(out string? text) && !string.IsNullOrWhiteSpace(text))
        {
            return text;
        }

        throw new WorkflowDataException($"Expected a non-empty string at '{key}' in {where}.");
    }

    public static DateTimeOffset RequireInstant(JsonObject source, string key)
    {
        if (source[key] is JsonValue value)
        {
            if (value.TryGetValue(out DateTimeOffset instant))
            {
                return instant;
            }

            if (value.TryGetValue(out string? text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant))
            {
                return instant;
            }
        }

        throw new WorkflowDataException($"Expected an ISO 8601 instant with offset at '{key}' in instance data.");
    }

    /// <summary>True when the value is absent, JSON null, a blank string, or an empty array or object.</summary>
    public static bool IsEmpty(JsonNode? node) => node switch
    {
        null => true,
        JsonArray array => array.Count == 0,
        JsonObject obj => obj.Count == 0,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetValue<string>()),
        _ => false,
    };

    /// <summary>A compact JSON text of at most <paramref name="maxLength"/> characters for journal summaries.</summary>
    public static string? Summarise(JsonObject? data, int maxLength = 500)
    {
        if (data is null || data.Count == 0)
        {
            return null;
        }

        var text = data.ToJsonString();
        return text.Length <= maxLength ? text : string.Concat(text.AsSpan(0, maxLength - 1), "…");
    }
}
