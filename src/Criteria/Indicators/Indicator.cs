namespace Certification.Criteria.Indicators;

/// <summary>
/// One validated indicator of an <see cref="IndicatorSet"/>: what is measured, how it passes, who reviews
/// it and where it comes from. Instances are only created by the loader, so every combination of
/// <see cref="Kind"/> and the kind-specific members below is consistent.
/// </summary>
public sealed class Indicator
{
    internal Indicator()
    {
    }

    /// <summary>The code, unique in its set (e.g. <c>ENV.2</c>); answers are keyed by it.</summary>
    public required string Code { get; init; }

    /// <summary>The title in Vietnamese and English.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>The group the indicator is totalled under.</summary>
    public required IndicatorGroup Group { get; init; }

    /// <summary>How the indicator is measured.</summary>
    public required IndicatorKind Kind { get; init; }

    /// <summary>
    /// The enterprise fact counted (<see cref="IndicatorKind.Ratio"/>: the numerator) or checked
    /// (<see cref="IndicatorKind.Attribute"/>); null for the other kinds.
    /// </summary>
    public EnterpriseAttribute? Attribute { get; init; }

    /// <summary>
    /// For <see cref="IndicatorKind.Ratio"/>: the enterprises counted in the denominator (null: all).
    /// For <see cref="IndicatorKind.Attribute"/>: the enterprises the indicator applies to (null: all).
    /// </summary>
    public PopulationFilter? Population { get; init; }

    /// <summary>For <see cref="IndicatorKind.Count"/>: which links count; <see cref="SymbiosisFilter.Any"/> when not filtered. Null for other kinds.</summary>
    public SymbiosisFilter? SymbiosisFilter { get; init; }

    /// <summary>
    /// The physical unit of a <see cref="IndicatorKind.Number"/> (the value and threshold) or of the part and whole of a
    /// <see cref="IndicatorKind.QuantityRatio"/> (whose threshold is in percent); null for other kinds.
    /// </summary>
    public string? Unit { get; init; }

    /// <summary>The pass condition, or null when the indicator only has to be reported (Met once reported, e.g. ENV.3).</summary>
    public Threshold? Threshold { get; init; }

    /// <summary>Whether the subject must meet this indicator to be certifiable.</summary>
    public required bool IsMandatory { get; init; }

    /// <summary>Which parks the indicator applies to.</summary>
    public required Applicability Applicability { get; init; }

    /// <summary>The body that reviews the evidence for this indicator.</summary>
    public required ReviewingBody ReviewingBody { get; init; }

    /// <summary>Codes of the evidence types the applicant must provide (kebab-case, e.g. <c>recp-assessment-report</c>).</summary>
    public required IReadOnlyList<string> EvidenceTypes { get; init; }

    /// <summary>The legal reference, as text (e.g. "Decree 35/2022/NĐ-CP Art 37.1(b)").</summary>
    public required string LegalReference { get; init; }

    /// <summary>Where the indicator and its threshold come from.</summary>
    public required Provenance Provenance { get; init; }
}
