using System.Globalization;
using Certification.Criteria.Indicators;

namespace Certification.Criteria.Catalogue;

/// <summary>
/// What changed between two versions of one indicator set, for an administrator to review before publishing:
/// set-level fields, indicators added, removed and changed (with the fields that changed). Indicators are
/// matched by code.
/// </summary>
public sealed class IndicatorSetDiff
{
    private IndicatorSetDiff(
        IndicatorSet before,
        IndicatorSet after,
        IReadOnlyList<FieldChange> setChanges,
        IReadOnlyList<Indicator> added,
        IReadOnlyList<Indicator> removed,
        IReadOnlyList<IndicatorChange> changed)
    {
        Before = before;
        After = after;
        SetChanges = setChanges;
        Added = added;
        Removed = removed;
        Changed = changed;
    }

    /// <summary>The older version.</summary>
    public IndicatorSet Before { get; }

    /// <summary>The newer version.</summary>
    public IndicatorSet After { get; }

    /// <summary>Changed set-level fields (title, effective date, legal basis, subject kind); the version number is not listed.</summary>
    public IReadOnlyList<FieldChange> SetChanges { get; }

    /// <summary>Indicators only in the newer version, in its order.</summary>
    public IReadOnlyList<Indicator> Added { get; }

    /// <summary>Indicators only in the older version, in its order.</summary>
    public IReadOnlyList<Indicator> Removed { get; }

    /// <summary>Indicators in both whose definition changed, in the newer version's order.</summary>
    public IReadOnlyList<IndicatorChange> Changed { get; }

    /// <summary>Whether the two versions define the same indicators the same way.</summary>
    public bool IsEmpty => SetChanges.Count == 0 && Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;

    /// <summary>Compares two versions of the same set.</summary>
    /// <exception cref="ArgumentException">When the two sets have different set ids.</exception>
    public static IndicatorSetDiff Compare(IndicatorSet before, IndicatorSet after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (!string.Equals(before.SetId, after.SetId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Cannot compare versions of different sets ('{before.SetId}' and '{after.SetId}').", nameof(after));
        }

        var setChanges = Changes(
            ("title.vi", before.Title.Vietnamese, after.Title.Vietnamese),
            ("title.en", before.Title.English, after.Title.English),
            ("effectiveDate", before.EffectiveDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), after.EffectiveDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("legalBasis", before.LegalBasis, after.LegalBasis),
            ("subjectKind", IndicatorVocabulary.NameOf(before.SubjectKind), IndicatorVocabulary.NameOf(after.SubjectKind)));

        var added = after.Indicators.Where(i => before.Find(i.Code) is null).ToArray();
        var removed = before.Indicators.Where(i => after.Find(i.Code) is null).ToArray();
        var changed = after.Indicators
            .Select(i => (After: i, Before: before.Find(i.Code)))
            .Where(pair => pair.Before is not null)
            .Select(pair => new IndicatorChange(pair.Before!, pair.After, Changes(pair.Before!, pair.After)))
            .Where(change => change.Fields.Count > 0)
            .ToArray();
        return new IndicatorSetDiff(before, after, setChanges, added, removed, changed);
    }

    private static FieldChange[] Changes(Indicator before, Indicator after) => Changes(
        ("title.vi", before.Title.Vietnamese, after.Title.Vietnamese),
        ("title.en", before.Title.English, after.Title.English),
        ("group", IndicatorVocabulary.NameOf(before.Group), IndicatorVocabulary.NameOf(after.Group)),
        ("kind", IndicatorVocabulary.NameOf(before.Kind), IndicatorVocabulary.NameOf(after.Kind)),
        ("attribute", Name(before.Attribute), Name(after.Attribute)),
        ("population", Describe(before.Population), Describe(after.Population)),
        ("symbiosisFilter", Describe(before.SymbiosisFilter), Describe(after.SymbiosisFilter)),
        ("unit", before.Unit, after.Unit),
        ("comparison", Name(before.Threshold?.Operator), Name(after.Threshold?.Operator)),
        ("threshold", Number(before.Threshold?.Value), Number(after.Threshold?.Value)),
        ("mandatory", Boolean(before.IsMandatory), Boolean(after.IsMandatory)),
        ("applicability", IndicatorVocabulary.NameOf(before.Applicability), IndicatorVocabulary.NameOf(after.Applicability)),
        ("reviewingBody", IndicatorVocabulary.NameOf(before.ReviewingBody), IndicatorVocabulary.NameOf(after.ReviewingBody)),
        ("evidenceTypes", string.Join(", ", before.EvidenceTypes), string.Join(", ", after.EvidenceTypes)),
        ("legalReference", before.LegalReference, after.LegalReference),
        ("provenance", IndicatorVocabulary.NameOf(before.Provenance), IndicatorVocabulary.NameOf(after.Provenance)));

    private static FieldChange[] Changes(params (string Field, string? Before, string? After)[] fields) =>
        fields.Where(f => !string.Equals(f.Before, f.After, StringComparison.Ordinal))
            .Select(f => new FieldChange(f.Field, f.Before, f.After))
            .ToArray();

    private static string? Name<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } known ? IndicatorVocabulary.NameOf(known) : null;

    private static string? Number(decimal? value) => value?.ToString("G29", CultureInfo.InvariantCulture);

    private static string Boolean(bool value) => value ? "true" : "false";

    private static string? Describe(PopulationFilter? filter) => filter is null
        ? null
        : $"{IndicatorVocabulary.NameOf(filter.Field)} {IndicatorVocabulary.NameOf(filter.Operator)} {filter.Value.ToString(CultureInfo.InvariantCulture)}";

    private static string? Describe(SymbiosisFilter? filter)
    {
        if (filter is null || filter.IsAny)
        {
            return null;
        }

        var locations = string.Join(", ", filter.PartnerLocations.Select(IndicatorVocabulary.NameOf));
        var types = string.Join(", ", filter.Types.Select(IndicatorVocabulary.NameOf));
        return $"partnerLocations: [{locations}]; types: [{types}]";
    }
}
