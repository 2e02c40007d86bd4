namespace Certification.Web.Infrastructure.Dashboard;

/// <summary>Everything the province dashboard shows, computed for one day (Viet Nam date) of one province.</summary>
/// <param name="CertifiedParks">Parks holding a valid eco-industrial park certificate today.</param>
/// <param name="Indicators">Province indicators per reporting year, oldest first; empty when no enterprise has reported.</param>
/// <param name="IndicatorSet">The park indicator set (id and version) of the evaluations; null when none is in force.</param>
public sealed record DashboardFigures(DateOnly Today, IReadOnlyList<PipelineRow> Pipeline, ComplianceMatrix Compliance,
    IReadOnlyList<YearIndicators> Indicators, IReadOnlyList<ReviewBodyFigures> Reviews, string? IndicatorSet)
{
    public int CertifiedParks => Pipeline.Count(p => p.Stage == PipelineStage.Certified);

    public int InStage(PipelineStage stage) => Pipeline.Count(p => p.Stage == stage);

    /// <summary>The latest reporting year's indicators, or null when nothing was reported.</summary>
    public YearIndicators? Latest => Indicators.Count == 0 ? null : Indicators[^1];

    public bool HasDemoData => Pipeline.Any(p => p.IsDemo);
}
