using System.Globalization;

namespace Certification.Criteria.Wording;

/// <summary>Maps language codes and cultures (as the web layer has them) to a <see cref="Language"/>.</summary>
public static class LanguageCode
{
    /// <summary>
    /// Parses <c>vi</c> or <c>en</c>, or a culture name starting with them (<c>vi-VN</c>, <c>en-GB</c>), ignoring case.
    /// </summary>
    /// <exception cref="ArgumentException">When the code is neither Vietnamese nor English.</exception>
    public static Language Parse(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var twoLetters = code.Length >= 2 ? code[..2] : code;
        if (code.Length > 2 && code[2] != '-' && code[2] != '_')
        {
            twoLetters = code;
        }

        return twoLetters.ToLowerInvariant() switch
        {
            "vi" => Language.Vietnamese,
            "en" => Language.English,
            _ => throw new ArgumentException($"Unsupported language code '{code}'; use 'vi' or 'en'.", nameof(code)),
        };
    }

    /// <summary>Vietnamese for a Vietnamese culture, English for every other culture (the UI's fallback language).</summary>
    public static Language FromCulture(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName == "vi" ? Language.Vietnamese : Language.English;
    }

    /// <summary>The two-letter code of <paramref name="language"/>: <c>vi</c> or <c>en</c>.</summary>
    public static string Of(Language language) => language == Language.Vietnamese ? "vi" : "en";
}
