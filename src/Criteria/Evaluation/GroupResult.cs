using Certification.Criteria.Indicators;

namespace Certification.Criteria.Evaluation;

/// <summary>One branch of the result tree: the results of the indicators of one group, in set order.</summary>
public sealed record GroupResult
{
    /// <summary>The group.</summary>
    public required IndicatorGroup Group { get; init; }

    /// <summary>The group's name in the requested language.</summary>
    public required string Title { get; init; }

    /// <summary>The results of the group's indicators.</summary>
    public required IReadOnlyList<IndicatorResult> Indicators { get; init; }

    /// <summary>How many of the group's indicators are Met.</summary>
    public int MetCount => Indicators.Count(r => r.Outcome == IndicatorOutcome.Met);

    /// <summary>How many of the group's indicators apply (all but NotApplicable).</summary>
    public int ApplicableCount => Indicators.Count(r => r.Outcome != IndicatorOutcome.NotApplicable);
}
