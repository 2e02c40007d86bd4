using Certification.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Certification.Web.Api;

/// <summary>Collects field errors for an API request, each naming the field in the user's language.</summary>
public sealed class InputErrors(IStringLocalizer<SharedResource> l)
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Require(bool condition, string field, string message, params object[] arguments)
    {
        if (!condition)
            _errors[field] = [.. _errors.GetValueOrDefault(field, []), l[message, arguments].Value];
    }

    public IResult Problem() => Results.ValidationProblem(_errors, title: l["Dữ liệu không hợp lệ."].Value, statusCode: StatusCodes.Status400BadRequest);
}
