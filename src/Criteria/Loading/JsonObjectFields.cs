using System.Globalization;
using System.Text.Json;
using Certification.Criteria.Indicators;

namespace Certification.Criteria.Loading;

/// <summary>
/// The properties of one JSON object, read with type checks. Every accessor reports what is wrong to the
/// <see cref="ProblemLog"/> and returns null, so the reader can go on and find every problem of the file.
/// </summary>
internal sealed class JsonObjectFields
{
    private readonly Dictionary<string, JsonElement> _properties;
    private readonly ProblemLog _log;

    private JsonObjectFields(string path, Dictionary<string, JsonElement> properties, ProblemLog log)
    {
        Path = path;
        _properties = properties;
        _log = log;
    }

    public string Path { get; }

    /// <summary>Reads an object, reporting a non-object, unknown and duplicate properties; null when not an object.</summary>
    public static JsonObjectFields? Read(JsonElement element, string path, IReadOnlyCollection<string> allowed, ProblemLog log)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            log.Add(path, ValidationProblemKind.WrongType, $"Expected an object, found {Describe(element)}.");
            return null;
        }

        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var propertyPath = JsonPaths.Property(path, property.Name);
            if (!allowed.Contains(property.Name))
            {
                log.Add(propertyPath, ValidationProblemKind.UnknownProperty, $"Unknown property '{property.Name}'; allowed here: {string.Join(", ", allowed)}.");
            }
            else if (!properties.TryAdd(property.Name, property.Value))
            {
                log.Add(propertyPath, ValidationProblemKind.DuplicateProperty, $"Property '{property.Name}' appears more than once.");
            }
        }

        return new JsonObjectFields(path, properties, log);
    }

    public string PathOf(string name) => JsonPaths.Property(Path, name);

    public bool Has(string name) => _properties.ContainsKey(name);

    public bool TryGet(string name, bool required, out JsonElement value)
    {
        if (_properties.TryGetValue(name, out value))
        {
            return true;
        }

        if (required)
        {
            _log.Add(PathOf(name), ValidationProblemKind.MissingField, $"Property '{name}' is required.");
        }

        return false;
    }

    /// <summary>A string; when <paramref name="blankKind"/> is given, a blank string is reported with it and null returned.</summary>
    public string? String(string name, bool required, ValidationProblemKind? blankKind = null)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            _log.Add(PathOf(name), ValidationProblemKind.WrongType, $"'{name}' must be a string, found {Describe(value)}.");
            return null;
        }

        var text = value.GetString()!;
        if (blankKind is { } kind && string.IsNullOrWhiteSpace(text))
        {
            _log.Add(PathOf(name), kind, $"'{name}' must not be empty.");
            return null;
        }

        return text;
    }

    public decimal? Number(string name, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var number))
        {
            _log.Add(PathOf(name), ValidationProblemKind.WrongType, $"'{name}' must be a number, found {Describe(value)}.");
            return null;
        }

        return number;
    }

    public bool? Boolean(string name, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            _log.Add(PathOf(name), ValidationProblemKind.WrongType, $"'{name}' must be true or false, found {Describe(value)}.");
            return null;
        }

        return value.GetBoolean();
    }

    public DateOnly? Date(string name, bool required)
    {
        var text = String(name, required);
        if (text is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            _log.Add(PathOf(name), ValidationProblemKind.InvalidDate, $"'{text}' is not a date in the form yyyy-MM-dd.");
            return null;
        }

        return date;
    }

    /// <summary>A name from a fixed vocabulary; an unknown name is reported with <paramref name="unknownKind"/>.</summary>
    public TEnum? Enum<TEnum>(string name, bool required, ValidationProblemKind unknownKind)
        where TEnum : struct, Enum
    {
        var text = String(name, required);
        return text is null ? null : Parse<TEnum>(text, PathOf(name), unknownKind, _log);
    }

    /// <summary>An array of strings; a non-array or non-string item is reported and skipped.</summary>
    public IReadOnlyList<(string Text, string Path)>? Strings(string name, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            _log.Add(PathOf(name), ValidationProblemKind.WrongType, $"'{name}' must be an array, found {Describe(value)}.");
            return null;
        }

        var items = new List<(string, string)>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = JsonPaths.Index(PathOf(name), index++);
            if (item.ValueKind == JsonValueKind.String)
            {
                items.Add((item.GetString()!, itemPath));
            }
            else
            {
                _log.Add(itemPath, ValidationProblemKind.WrongType, $"Items of '{name}' must be strings, found {Describe(item)}.");
            }
        }

        return items;
    }

    public static TEnum? Parse<TEnum>(string text, string path, ValidationProblemKind unknownKind, ProblemLog log)
        where TEnum : struct, Enum
    {
        if (IndicatorVocabulary.TryParse<TEnum>(text, out var parsed))
        {
            return parsed;
        }

        log.Add(path, unknownKind, $"'{text}' is not allowed; use one of: {string.Join(", ", IndicatorVocabulary.NamesOf<TEnum>())}.");
        return null;
    }

    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{element.GetString()}\"",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {element.GetRawText()}",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => element.ValueKind.ToString(),
    };
}
