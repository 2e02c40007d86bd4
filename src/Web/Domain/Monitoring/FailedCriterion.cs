namespace Certification.Web.Domain.Monitoring;

/// <summary>
/// A mandatory indicator a re-evaluation found NotMet or NotReported: its code, the computed value in
/// <see cref="Unit"/> (e.g. 18 with unit "%" for ENV.2) when there is one, and the engine's sentence with the numbers.
/// </summary>
public sealed record FailedCriterion(string Code, decimal? Value, string? Unit, string Sentence)
{
    /// <summary>"ENV.2 (18 %)" or "LEGAL.1".</summary>
    public override string ToString() => Value is { } value ? $"{Code} ({value:0.##} {Unit})".Replace(" )", ")") : Code;
}
