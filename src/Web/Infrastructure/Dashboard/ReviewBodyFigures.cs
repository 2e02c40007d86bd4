namespace Certification.Web.Infrastructure.Dashboard;

/// <summary>
/// One reviewing body's record on the province's dossiers: items decided on time and late, the median working days
/// from routing to decision (pauses for the applicant's supplements left out), items still open and those overdue now.
/// </summary>
/// <param name="MedianWorkingDays">Median over decided items (the mean of the two middle values for an even count); null when none.</param>
/// <param name="MostWorkingDaysOverdue">The largest overdue count among open items; 0 when none is overdue.</param>
public sealed record ReviewBodyFigures(Guid BodyId, string BodyName, string? BodyCode, int OnTime, int Late, decimal? MedianWorkingDays, int Open,
    int OverdueNow, int MostWorkingDaysOverdue)
{
    public int Decided => OnTime + Late;

    internal static ReviewBodyFigures Of(Guid bodyId, string name, string? code, IReadOnlyList<ReviewItem> items)
    {
        var decided = items.Where(i => i.Decided).Select(i => (decimal)i.WorkingDays).Order().ToList();
        decimal? median = decided.Count == 0 ? null
            : decided.Count % 2 == 1 ? decided[decided.Count / 2]
            : (decided[decided.Count / 2 - 1] + decided[decided.Count / 2]) / 2;
        var open = items.Where(i => !i.Decided).ToList();
        return new ReviewBodyFigures(bodyId, name, code, items.Count(i => i.Decided && i.OnTime), items.Count(i => i.Decided && !i.OnTime), median,
            open.Count, open.Count(i => i.Overdue), open.Select(i => i.WorkingDaysOverdue).DefaultIfEmpty(0).Max());
    }
}
