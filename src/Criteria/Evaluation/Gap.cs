using Certification.Criteria.Indicators;

namespace Certification.Criteria.Evaluation;

/// <summary>
/// One thing missing for the subject to become certifiable: a mandatory indicator that is NotMet or NotReported,
/// with what must change and who reviews it.
/// </summary>
public sealed record Gap
{
    /// <summary>The indicator code.</summary>
    public string Code => Result.Code;

    /// <summary>The indicator title in the requested language.</summary>
    public string Title => Result.Title;

    /// <summary>NotMet or NotReported.</summary>
    public IndicatorOutcome Outcome => Result.Outcome;

    /// <summary>What must change, e.g. "3 more enterprises must apply RECP with measured savings."</summary>
    public required string Sentence { get; init; }

    /// <summary>The body reviewing the indicator's evidence.</summary>
    public ReviewingBody ReviewingBody => Result.Indicator.ReviewingBody;

    /// <summary>The evidence types the indicator asks for.</summary>
    public IReadOnlyList<string> EvidenceTypes => Result.Indicator.EvidenceTypes;

    /// <summary>The indicator result the gap comes from.</summary>
    public required IndicatorResult Result { get; init; }
}
