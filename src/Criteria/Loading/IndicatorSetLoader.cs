using System.Text;
using System.Text.Json;

namespace Certification.Criteria.Loading;

/// <summary>
/// Loads indicator-set JSON (format: docs/indicator-sets.md, schema: <c>Sets/indicator-set.schema.json</c>) and
/// validates all of it, reporting every problem with file name, JSON path, line and reason. A set is only
/// returned when the whole file is valid.
/// </summary>
public static class IndicatorSetLoader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    /// <summary>Loads a set from JSON text.</summary>
    /// <param name="fileName">The name problems are reported under (e.g. the uploaded file's name).</param>
    /// <param name="json">The JSON text.</param>
    public static IndicatorSetLoadResult Load(string fileName, string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Load(fileName, Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Loads a set from a UTF-8 stream (a leading byte-order mark is allowed). The stream is read to its end, not closed.</summary>
    public static IndicatorSetLoadResult Load(string fileName, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return Load(fileName, buffer.ToArray());
    }

    /// <summary>Loads a set from a file on disk; problems are reported under the file's name.</summary>
    /// <exception cref="FileNotFoundException">When the file does not exist.</exception>
    public static IndicatorSetLoadResult LoadFile(string path) => Load(Path.GetFileName(path), File.ReadAllBytes(path));

    /// <summary>Loads a set from UTF-8 bytes (a leading byte-order mark is allowed).</summary>
    public static IndicatorSetLoadResult Load(string fileName, ReadOnlyMemory<byte> utf8Json)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var bytes = utf8Json.Span.StartsWith(Encoding.UTF8.Preamble) ? utf8Json[Encoding.UTF8.Preamble.Length..] : utf8Json;

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, Options);
        }
        catch (JsonException exception)
        {
            var line = exception.LineNumber is { } zeroBased ? (int)zeroBased + 1 : (int?)null;
            var problem = new ValidationProblem(fileName, exception.Path ?? JsonPaths.Root, line, ValidationProblemKind.MalformedJson, exception.Message);
            return IndicatorSetLoadResult.Failure(fileName, [problem]);
        }

        using (document)
        {
            var log = new ProblemLog(fileName, new JsonLineMap(bytes.Span));
            var set = new IndicatorSetReader(log).Read(document.RootElement);
            return set is null ? IndicatorSetLoadResult.Failure(fileName, log.Problems) : IndicatorSetLoadResult.Success(fileName, set);
        }
    }
}
