using Certification.Criteria.Indicators;
using Certification.Criteria.Wording;

namespace Certification.Criteria.Evaluation;

/// <summary>
/// The root of the result tree of evaluating one subject against one indicator-set version on one date:
/// which set version was used, the result of every indicator (flat and by group), whether every mandatory
/// indicator is met, the compliance share and the gap list.
/// </summary>
public sealed record SetEvaluation
{
    /// <summary>The id of the set used.</summary>
    public required string SetId { get; init; }

    /// <summary>The version of the set used; record it with any decision taken on this evaluation.</summary>
    public required int SetVersion { get; init; }

    /// <summary>The set title in the requested language.</summary>
    public required string SetTitle { get; init; }

    /// <summary>Whether a park or an enterprise was evaluated.</summary>
    public required SubjectKind SubjectKind { get; init; }

    /// <summary>The evaluation date (the day symbiosis links had to be operating on).</summary>
    public required DateOnly EvaluationDate { get; init; }

    /// <summary>The language of every sentence in the tree.</summary>
    public required Language Language { get; init; }

    /// <summary>Every indicator result, in set order.</summary>
    public required IReadOnlyList<IndicatorResult> Indicators { get; init; }

    /// <summary>The same results by group, groups in order of first appearance in the set.</summary>
    public required IReadOnlyList<GroupResult> Groups { get; init; }

    /// <summary>Number of Met indicators.</summary>
    public required int MetCount { get; init; }

    /// <summary>Number of applicable indicators (Met, NotMet or NotReported).</summary>
    public required int ApplicableCount { get; init; }

    /// <summary>Met ÷ applicable × 100 (NotReported counts as applicable and not met); null when nothing applies.</summary>
    public required decimal? CompliancePercent { get; init; }

    /// <summary>Whether every applicable mandatory indicator is Met: the subject is certifiable on these criteria.</summary>
    public required bool AllMandatoryMet { get; init; }

    /// <summary>The mandatory indicators NotMet or NotReported, in set order, each with what must change; empty when certifiable.</summary>
    public required IReadOnlyList<Gap> Gaps { get; init; }

    /// <summary>One sentence summarising the outcome, e.g. "20 of 24 applicable indicators met (83.3 %); all mandatory indicators met."</summary>
    public required string Summary { get; init; }

    /// <summary>The result of the indicator with <paramref name="code"/>, or null when the set has no such indicator.</summary>
    public IndicatorResult? Find(string code) => Indicators.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.Ordinal));
}
