using System.Text.Json;

namespace Certification.Criteria.Loading;

/// <summary>
/// The 1-based line of every value of a well-formed JSON document, by JSONPath, so that problems found on the
/// parsed tree can name a line. For an object property the line of its name is kept.
/// </summary>
internal sealed class JsonLineMap
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    public JsonLineMap(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        var containers = new Stack<(string Path, bool IsArray, int NextIndex)>();
        string? propertyPath = null;
        var line = 1;
        var scanned = 0;
        while (reader.Read())
        {
            var start = (int)reader.TokenStartIndex;
            line += utf8Json[scanned..start].Count((byte)'\n');
            scanned = start;

            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                propertyPath = JsonPaths.Property(containers.Peek().Path, reader.GetString()!);
                _lines.TryAdd(propertyPath, line);
                continue;
            }

            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                containers.Pop();
                continue;
            }

            string path;
            if (containers.Count == 0)
            {
                path = JsonPaths.Root;
            }
            else if (containers.Peek().IsArray)
            {
                var (parent, isArray, next) = containers.Pop();
                path = JsonPaths.Index(parent, next);
                containers.Push((parent, isArray, next + 1));
            }
            else
            {
                path = propertyPath!;
            }

            _lines.TryAdd(path, line);
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                containers.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
            }
        }
    }

    /// <summary>The line of <paramref name="path"/>, or of its nearest ancestor present in the document.</summary>
    public int? LineOf(string path)
    {
        var current = path;
        while (true)
        {
            if (_lines.TryGetValue(current, out var line))
            {
                return line;
            }

            var cut = Math.Max(current.LastIndexOf('.'), current.LastIndexOf('['));
            if (cut <= 0)
            {
                return null;
            }

            current = current[..cut];
        }
    }
}
