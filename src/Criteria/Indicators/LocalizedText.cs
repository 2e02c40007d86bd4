using Certification.Criteria.Wording;

namespace Certification.Criteria.Indicators;

/// <summary>A text in Vietnamese (the legal language, shown first) and English. Both are required and non-blank.</summary>
/// <param name="Vietnamese">The Vietnamese text.</param>
/// <param name="English">The English text.</param>
public sealed record LocalizedText(string Vietnamese, string English)
{
    /// <summary>The text in <paramref name="language"/>.</summary>
    public string In(Language language) => language == Language.Vietnamese ? Vietnamese : English;
}
