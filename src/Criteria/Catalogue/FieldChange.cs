namespace Certification.Criteria.Catalogue;

/// <summary>
/// One field that differs between two versions. Values are written as in the JSON format (invariant numbers without
/// trailing zeros, vocabulary names, lists joined with ", "); null means absent.
/// </summary>
/// <param name="Field">The JSON property name, with a dot for nested ones: <c>threshold</c>, <c>mandatory</c>, <c>title.vi</c>…</param>
/// <param name="Before">The value in the older version.</param>
/// <param name="After">The value in the newer version.</param>
public sealed record FieldChange(string Field, string? Before, string? After);
