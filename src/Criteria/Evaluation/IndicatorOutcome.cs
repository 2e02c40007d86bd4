namespace Certification.Criteria.Evaluation;

/// <summary>The outcome of one indicator for one subject on one date.</summary>
public enum IndicatorOutcome
{
    /// <summary>The data is complete and meets the threshold (or, for an indicator without threshold, was reported).</summary>
    Met,

    /// <summary>The data is complete and does not meet the threshold.</summary>
    NotMet,

    /// <summary>Data the indicator needs is missing, inconsistent or has no population to count over; the sentence says which.</summary>
    NotReported,

    /// <summary>The indicator does not apply to this subject (e.g. PM.4 for an existing park); left out of the compliance share.</summary>
    NotApplicable,
}
