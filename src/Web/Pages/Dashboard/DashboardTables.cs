using Certification.Criteria.Inputs;
using Certification.Web.Infrastructure.Dashboard;

namespace Certification.Web.Pages.Dashboard;

/// <summary>The two tables of the yearly report as the exports write them, with headers in the reader's language.</summary>
public static class DashboardTables
{
    public static (IReadOnlyList<string> Headers, List<IReadOnlyList<object?>> Rows) Pipeline(DashboardFigures figures, DashboardText text)
    {
        var rows = figures.Pipeline.OrderByDescending(p => p.Stage).ThenBy(p => p.ParkName, StringComparer.Ordinal)
            .Select(p => (IReadOnlyList<object?>)
            [
                p.ParkName, text.Stage(p.Stage), text.Status(p.ApplicationStatus), p.SubmittedOn, p.ExpectedDecisionOn, p.CertificateNumber,
                p.CompliancePercent, p.Gaps.Count, string.Join("; ", p.Gaps.Select(g => $"{g.Code} ({text.Outcome(g.Outcome)})")),
                string.Join("; ", p.OverdueTasks.Select(t => $"{text.Step(t.ActivityId)}{(t.ItemKey is null ? "" : " " + t.ItemKey)} — {t.HolderName}: "
                    + string.Format(text["quá hạn {0} ngày làm việc"], t.WorkingDaysOverdue))),
                p.IsDemo ? text["Có"] : "",
            ]).ToList();
        return (DashboardText.PipelineHeaders.Select(h => text[h]).ToList(), rows);
    }

    public static (IReadOnlyList<string> Headers, List<IReadOnlyList<object?>> Rows) Indicators(DashboardFigures figures,
        TargetOptions targets, DashboardText text)
    {
        var types = Enum.GetValues<SymbiosisType>();
        var headers = DashboardText.IndicatorHeaders.Take(9).Select(h => text[h])
            .Concat(types.Select(t => $"{text["Cộng sinh"]}: {text.SymbiosisType(t)}"))
            .Concat(DashboardText.IndicatorHeaders.Skip(9).Select(h => text[h])).ToList();
        var rows = figures.Indicators.Select(y => (IReadOnlyList<object?>)
        [
            y.Year, y.Enterprises, y.RecpEnterprises, y.RecpPercent, targets.RecpEnterprises.Percent,
            y.Parks, y.ParksReached, y.ReachedPercent, targets.EnergyEfficiencyParks.Percent,
            .. types.Select(t => (object?)y.LinksByType[t]),
            y.LinksTotal, y.ElectricityKwh, y.WaterCubicMetres, y.Co2Tonnes, y.Vnd,
        ]).ToList();
        return (headers, rows);
    }
}
