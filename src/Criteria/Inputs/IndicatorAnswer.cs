namespace Certification.Criteria.Inputs;

/// <summary>
/// A value the subject reported for one indicator, keyed by the indicator code in the answers dictionary.
/// An answer of the wrong kind for the indicator is treated as not reported (and said so in the sentence).
/// </summary>
public abstract record IndicatorAnswer
{
    /// <summary>Ids of the evidence items attached to the answer.</summary>
    public IReadOnlyList<string> EvidenceIds { get; init; } = [];
}
