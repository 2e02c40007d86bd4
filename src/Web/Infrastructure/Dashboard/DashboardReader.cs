using Certification.Criteria.Evaluation;
using Certification.Criteria.Wording;
using Certification.Web.Data;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Assessment;
using Certification.Web.Infrastructure.Workflows;
using Certification.Workflows.Clocks;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure.Dashboard;

/// <summary>
/// Computes the province dashboard for the signed-in user's province (<see cref="AccessPolicy.DashboardProvinceId"/>):
/// pipeline, compliance heat map, province indicators and review performance, all as of today's Viet Nam date.
/// </summary>
public sealed class DashboardReader(CertificationDbContext db, WorkflowDefinitions definitions, ParkEvaluator evaluator,
    IndicatorSetVersions sets, TimeProvider clock)
{
    /// <returns>The figures, or null when the user may not see a province dashboard.</returns>
    public async Task<DashboardFigures?> ReadAsync(AccessPolicy access, Language language, CancellationToken ct)
    {
        if (access.DashboardProvinceId is not { } provinceId)
            return null;
        var today = VietnamTime.Today(clock);
        var calendar = new WorkingDayCalendar(await db.PublicHolidays.Select(h => h.Date).ToListAsync(ct));
        var registry = await definitions.RegistryAsync(ct);
        var parks = await db.Parks.AsNoTracking().Where(p => p.ProvinceId == provinceId).OrderBy(p => p.Name).ToListAsync(ct);

        // Without a published park set in force there is nothing to evaluate against: no gaps, no heat map.
        var set = await sets.CurrentAsync(ParkEvaluator.ParkSetId, today, ct);
        var evaluations = new Dictionary<Guid, SetEvaluation>();
        foreach (var park in set is null ? [] : parks)
            evaluations[park.Id] = (await evaluator.EvaluateAsync(park.Id, today, language, ct)).Evaluation;

        return new DashboardFigures(today,
            await PipelineReader.ReadAsync(db, parks, evaluations, registry, calendar, today, ct),
            ComplianceMatrix.From(parks, evaluations),
            await ProvinceIndicators.ReadAsync(db, provinceId, ct),
            await ReviewPerformance.ReadAsync(db, provinceId, registry, calendar, today, ct),
            set is null ? null : $"{set.SetId} v{set.Version}");
    }
}
