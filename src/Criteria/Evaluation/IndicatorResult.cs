using Certification.Criteria.Indicators;

namespace Certification.Criteria.Evaluation;

/// <summary>
/// The result of one indicator: the outcome, the computed value against the threshold, a sentence with the numbers
/// in the requested language, what would have to change (<see cref="Remedy"/>), and the data used.
/// </summary>
public sealed record IndicatorResult
{
    /// <summary>The indicator definition evaluated.</summary>
    public required Indicator Indicator { get; init; }

    /// <summary>The indicator code (e.g. <c>ENV.2</c>).</summary>
    public string Code => Indicator.Code;

    /// <summary>The indicator title in the requested language.</summary>
    public required string Title { get; init; }

    /// <summary>The outcome.</summary>
    public required IndicatorOutcome Outcome { get; init; }

    /// <summary>
    /// The computed value: a percent 0–100 for ratios and quantity ratios, a link count for counts, the reported number for
    /// numbers; null for yes/no and attribute indicators and whenever the value could not be computed.
    /// </summary>
    public decimal? Value { get; init; }

    /// <summary>The unit of <see cref="Value"/> and of the threshold: <c>%</c>, the indicator's unit, or null (counts, yes/no).</summary>
    public string? Unit { get; init; }

    /// <summary>The threshold the value was compared with; null when the indicator only has to be reported.</summary>
    public Threshold? Threshold => Indicator.Threshold;

    /// <summary>Whether the indicator is mandatory in the set version used.</summary>
    public bool IsMandatory => Indicator.IsMandatory;

    /// <summary>For ratios: enterprises counted in the numerator (8 in "8 of 37"); otherwise null.</summary>
    public int? Numerator { get; init; }

    /// <summary>For ratios: enterprises in the population (37 in "8 of 37"); otherwise null.</summary>
    public int? Denominator { get; init; }

    /// <summary>The explanation with numbers, e.g. "8 of 37 enterprises = 21.6 % ≥ 20 %" or "8/37 doanh nghiệp = 21,6 % ≥ 20 %".</summary>
    public required string Sentence { get; init; }

    /// <summary>For NotMet and NotReported: what must change to meet the indicator (e.g. "3 more enterprises must apply RECP with measured savings."); otherwise null.</summary>
    public string? Remedy { get; init; }

    /// <summary>Ids of the enterprises counted as having the attribute (ratio numerator, or the applicant for a met attribute indicator).</summary>
    public IReadOnlyList<string> EnterpriseIds { get; init; } = [];

    /// <summary>Ids of the enterprises whose missing data made the indicator NotReported.</summary>
    public IReadOnlyList<string> UnreportedEnterpriseIds { get; init; } = [];

    /// <summary>Ids of the symbiosis links counted.</summary>
    public IReadOnlyList<string> LinkIds { get; init; } = [];

    /// <summary>Ids of the evidence items behind the value (answer evidence, or the evidence of the counted links).</summary>
    public IReadOnlyList<string> EvidenceIds { get; init; } = [];
}
