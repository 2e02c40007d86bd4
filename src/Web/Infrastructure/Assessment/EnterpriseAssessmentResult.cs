using Certification.Criteria.Evaluation;

namespace Certification.Web.Infrastructure.Assessment;

/// <summary>An enterprise's evaluation against the eco-enterprise criteria: the set version used, the evaluation date, the
/// reporting year whose facts were read (the year before <paramref name="EvaluatedOn"/>) and the engine's result tree.</summary>
public sealed record EnterpriseAssessmentResult(string SetId, int SetVersion, DateOnly EvaluatedOn, int ReportingYear, SetEvaluation Evaluation);
