namespace Certification.Criteria.Loading;

/// <summary>One problem found while loading an indicator-set file.</summary>
/// <param name="FileName">The file name given to the loader.</param>
/// <param name="JsonPath">Where the problem is, e.g. <c>$.indicators[3].threshold</c>; for a missing property, the path it should have.</param>
/// <param name="Line">The 1-based line of the value (or of its parent object when the value is missing); null when unknown.</param>
/// <param name="Kind">What kind of problem it is.</param>
/// <param name="Reason">An English explanation naming the offending value and what is allowed.</param>
public sealed record ValidationProblem(string FileName, string JsonPath, int? Line, ValidationProblemKind Kind, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => Line is { } line
        ? $"{FileName}({line}): {JsonPath}: {Reason}"
        : $"{FileName}: {JsonPath}: {Reason}";
}
