using System.Globalization;
using Certification.Criteria.Indicators;
using Certification.Criteria.Inputs;

namespace Certification.Criteria.Wording;

/// <summary>
/// Writes evaluation sentences in one language: fills <see cref="PhraseTable"/> templates and formats numbers
/// (Vietnamese: 5.000 and 21,6; English: 5,000 and 21.6) and dates (30/06/2025; 2025-06-30).
/// </summary>
internal sealed class SentenceWriter
{
    public static readonly SentenceWriter Vietnamese = new(Language.Vietnamese, ",", ".", "dd/MM/yyyy");
    public static readonly SentenceWriter English = new(Language.English, ".", ",", "yyyy-MM-dd");

    private static readonly string[] PercentFormats = ["#,0.0", "#,0.00", "#,0.000"];

    private readonly NumberFormatInfo _numbers;
    private readonly string _dateFormat;

    private SentenceWriter(Language language, string decimalSeparator, string groupSeparator, string dateFormat)
    {
        Language = language;
        _numbers = new NumberFormatInfo { NumberDecimalSeparator = decimalSeparator, NumberGroupSeparator = groupSeparator };
        _dateFormat = dateFormat;
    }

    public Language Language { get; }

    public bool IsVietnamese => Language == Language.Vietnamese;

    public static SentenceWriter For(Language language) => language == Language.Vietnamese ? Vietnamese : English;

    public string Say(Phrase phrase, params object?[] arguments) =>
        string.Format(_numbers, PhraseTable.Template(phrase, Language), arguments);

    public string Integer(int value) => value.ToString("#,0", _numbers);

    public string Number(decimal value) => value.ToString("#,0.####", _numbers);

    public string Date(DateOnly date) => date.ToString(_dateFormat, CultureInfo.InvariantCulture);

    public string Symbol(ComparisonOperator op, bool holds) => VocabularyWording.Symbol(op, holds);

    /// <summary>
    /// A percent with one decimal (21.6), or more decimals (up to three) when one would contradict the outcome,
    /// e.g. 19.96 % against "≥ 20 %" is written 19.96, never 20.0.
    /// </summary>
    public string Percent(decimal percent, Threshold? threshold, bool met)
    {
        for (var decimals = 1; decimals <= 3; decimals++)
        {
            var shown = Math.Round(percent, decimals, MidpointRounding.AwayFromZero);
            if (threshold is null || threshold.IsMetBy(shown) == met)
            {
                return shown.ToString(PercentFormats[decimals - 1], _numbers);
            }
        }

        var toward = percent < threshold!.Value ? MidpointRounding.ToNegativeInfinity : MidpointRounding.ToPositiveInfinity;
        return Math.Round(percent, 3, toward).ToString(PercentFormats[2], _numbers);
    }

    public string Enterprises(int count) => count == 1 ? "enterprise" : "enterprises";

    public string Links(int count) => count == 1 ? "symbiosis link" : "symbiosis links";

    public string EvidenceItems(int count) => count == 1 ? "evidence item" : "evidence items";

    public string Indicators(int count) => count == 1 ? "indicator" : "indicators";

    public string Title(LocalizedText text) => text.In(Language);

    public string Verb(EnterpriseAttribute attribute) =>
        IsVietnamese ? VocabularyWording.Verb(attribute).Vietnamese : VocabularyWording.Verb(attribute).EnglishPlural;

    public string VerbSingular(EnterpriseAttribute attribute) =>
        IsVietnamese ? VocabularyWording.Verb(attribute).Vietnamese : VocabularyWording.Verb(attribute).EnglishSingular;

    public string FieldNoun(PopulationField field) =>
        IsVietnamese ? VocabularyWording.FieldNoun(field).Vietnamese : VocabularyWording.FieldNoun(field).English;

    public string Population(PopulationFilter? filter) =>
        filter is null ? string.Empty : VocabularyWording.Population(filter, Language, Integer(filter.Value));

    public string GroupTitle(IndicatorGroup group) =>
        IsVietnamese ? VocabularyWording.Group(group).Vietnamese : VocabularyWording.Group(group).English;

    /// <summary>" (partners: same park; types: shared services)", with a leading space, or empty for an unfiltered count.</summary>
    public string SymbiosisFilter(SymbiosisFilter filter)
    {
        if (filter.IsAny)
        {
            return string.Empty;
        }

        var parts = new List<string>(2);
        if (filter.PartnerLocations.Count > 0)
        {
            var names = filter.PartnerLocations.Select(l => IsVietnamese ? VocabularyWording.Location(l).Vietnamese : VocabularyWording.Location(l).English);
            parts.Add((IsVietnamese ? "đối tác: " : "partners: ") + string.Join(", ", names));
        }

        if (filter.Types.Count > 0)
        {
            var names = filter.Types.Select(t => IsVietnamese ? VocabularyWording.Type(t).Vietnamese : VocabularyWording.Type(t).English);
            parts.Add((IsVietnamese ? "loại: " : "types: ") + string.Join(", ", names));
        }

        return " (" + string.Join("; ", parts) + ")";
    }
}
