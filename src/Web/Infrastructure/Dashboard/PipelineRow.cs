using Certification.Criteria.Evaluation;

namespace Certification.Web.Infrastructure.Dashboard;

/// <summary>One park of the province in the certification pipeline, with what its decision date rests on and what blocks it.</summary>
/// <param name="ExpectedDecisionOn">See <see cref="DecisionForecast"/>; the issue date when certified; null before submission.</param>
/// <param name="Gaps">The mandatory indicators NotMet or NotReported in today's evaluation (the park's gap list).</param>
/// <param name="OverdueTasks">Open steps of the park's application past their due date.</param>
public sealed record PipelineRow(
    Guid ParkId, string ParkName, bool IsDemo, PipelineStage Stage, Guid? ApplicationId, string? ApplicationStatus,
    DateOnly? SubmittedOn, DateOnly? ExpectedDecisionOn, string? CertificateNumber, decimal? CompliancePercent,
    IReadOnlyList<PipelineGap> Gaps, IReadOnlyList<OverdueTask> OverdueTasks);

/// <summary>A mandatory indicator missing for certification, with what must change.</summary>
public sealed record PipelineGap(string Code, string Title, IndicatorOutcome Outcome, string Sentence);

/// <summary>An open step past its due date: who holds it and by how many working days (Saturdays, Sundays and holidays skipped).</summary>
public sealed record OverdueTask(string ActivityId, string? ItemKey, string HolderName, DateOnly DueOn, int WorkingDaysOverdue);
