namespace Certification.Web.Domain;

/// <summary>
/// A business rule was broken. <see cref="Code"/> is stable and is what the UI localises;
/// <see cref="Exception.Message"/> is the Vietnamese default shown when no translation exists.
/// One handler turns it into ProblemDetails (API, status 422) or a form error (pages).
/// </summary>
public sealed class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
