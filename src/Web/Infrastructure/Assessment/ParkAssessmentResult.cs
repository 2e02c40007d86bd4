using Certification.Criteria.Evaluation;

namespace Certification.Web.Infrastructure.Assessment;

/// <summary>A park's evaluation: the set version used, the evaluation date, the enterprise reporting year read, and the engine's result tree.</summary>
/// <param name="ReportingYear">The calendar year whose enterprise facts were read: the year before <paramref name="EvaluatedOn"/>.</param>
public sealed record ParkAssessmentResult(string SetId, int SetVersion, DateOnly EvaluatedOn, int ReportingYear, SetEvaluation Evaluation);
