using System.Text.RegularExpressions;

namespace Certification.Web.Domain.Enterprises;

/// <summary>
/// Vietnamese enterprise tax code (mã số thuế): 10 digits, or 10 digits, a hyphen and a 3-digit
/// branch suffix (e.g. 3600259560-001). Only the format is checked.
/// </summary>
public static partial class TaxCode
{
    [GeneratedRegex(@"^\d{10}(-\d{3})?$")]
    private static partial Regex Format();

    public static bool IsValid(string? value) => value is not null && Format().IsMatch(value.Trim());

    public static string Normalise(string value)
    {
        var trimmed = value.Trim();
        if (!IsValid(trimmed))
            throw new DomainException("Enterprise.TaxCodeFormat", "Mã số thuế phải gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số.");
        return trimmed;
    }
}
