using System.Text.Json;
using Certification.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Certification.Web.Api;

/// <summary>
/// Collects field errors for an API request, each naming the field in the user's language. Errors are keyed by the
/// field's JSON name (camelCase), the name the caller sent.
/// </summary>
public sealed class InputErrors(IStringLocalizer<SharedResource> l)
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    /// <summary>The display name of a field in the user's language, from its resource key.</summary>
    public string Name(string resourceKey) => l[resourceKey].Value;

    public void Require(bool condition, string field, string message, params object[] arguments)
    {
        if (!condition)
            Add(field, message, arguments);
    }

    /// <param name="field">The property name (nameof) or "" for the request as a whole.</param>
    /// <param name="message">A SharedResource key; <paramref name="arguments"/> fill its placeholders.</param>
    public void Add(string field, string message, params object[] arguments)
    {
        var key = JsonNamingPolicy.CamelCase.ConvertName(field);
        _errors[key] = [.. _errors.GetValueOrDefault(key, []), l[message, arguments].Value];
    }

    public IResult Problem(int statusCode = StatusCodes.Status400BadRequest) =>
        Results.ValidationProblem(_errors, title: l["Dữ liệu không hợp lệ."].Value, statusCode: statusCode);
}
