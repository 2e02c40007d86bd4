namespace Certification.Web.Domain.Monitoring;

/// <summary>
/// The re-evaluation of the criteria on an accepted report's data: the indicator-set version and date used, whether
/// every mandatory indicator is met, the compliance share (met ÷ applicable × 100) and the mandatory ones that failed.
/// </summary>
public sealed record ReportEvaluation(string SetId, int SetVersion, DateOnly EvaluatedOn, bool AllMandatoryMet,
    decimal? CompliancePercent, IReadOnlyList<FailedCriterion> Failed);
