using System.Text.Json;
using System.Text.Json.Serialization;

namespace Certification.Web.Api;

/// <summary>
/// Reads an endpoint's JSON body itself rather than through minimal-API binding, whose answer to malformed JSON or
/// a value of the wrong type is an empty 400. Here the caller learns which field was wrong, in their language.
/// </summary>
public static class JsonBody
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };

    /// <summary>Either the body as <typeparamref name="T"/> or a problem to return.</summary>
    /// <param name="fieldNames">Property name (any case) → SharedResource key of the field's display name.</param>
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, InputErrors errors,
        IReadOnlyDictionary<string, string> fieldNames, CancellationToken cancellationToken) where T : class
    {
        if (!request.HasJsonContentType())
        {
            errors.Add("", "Nội dung yêu cầu phải là JSON (Content-Type: application/json).");
            return (null, errors.Problem(StatusCodes.Status415UnsupportedMediaType));
        }
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            errors.Add("", "Nội dung JSON không hợp lệ.");
            return (null, errors.Problem());
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                errors.Add("", "Nội dung JSON phải là một đối tượng.");
                return (null, errors.Problem());
            }
            try
            {
                return (document.Deserialize<T>(Options)!, null);
            }
            catch (JsonException exception)
            {
                // The path names the property whose value could not be converted, e.g. "$.areaHectares".
                var property = exception.Path?.TrimStart('$', '.').Split('.', '[')[0] ?? "";
                var field = fieldNames.Keys.FirstOrDefault(k => string.Equals(k, property, StringComparison.OrdinalIgnoreCase));
                if (field is null)
                    errors.Add("", "Nội dung JSON không hợp lệ.");
                else
                    errors.Add(field, "Giá trị không hợp lệ cho {0}.", errors.Name(fieldNames[field]));
                return (null, errors.Problem());
            }
        }
    }
}
