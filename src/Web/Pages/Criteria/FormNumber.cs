using System.Globalization;

namespace Certification.Web.Pages.Criteria;

/// <summary>
/// Reads a number typed into a criteria form. Either "," or "." is the decimal mark (Vietnamese and English habits);
/// no thousands separators, so "12.000" is twelve, not twelve thousand — the form says so next to the field.
/// </summary>
public static class FormNumber
{
    /// <summary>True with null for an empty field; true with the value for a well-formed number; false otherwise.</summary>
    public static bool TryRead(string? typed, out decimal? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(typed))
            return true;
        var text = typed.Trim().Replace(',', '.');
        if (text.Length > 24 || !decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
            return false;
        value = parsed;
        return true;
    }

    /// <summary>A stored number as the form shows it in the current culture, without grouping.</summary>
    public static string Show(decimal? value) => value?.ToString("0.####", CultureInfo.CurrentCulture) ?? "";
}
