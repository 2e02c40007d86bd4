using Certification.Criteria.Wording;
using Certification.Web.Domain.Parks;
using Certification.Web.Infrastructure.Assessment;
using Certification.Workflows.Clocks;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Data.Demo;

/// <summary>
/// Yearly assessment snapshots of the demo's newly established park (Decree 35 Art 38), so its 8-year deadline comes with a
/// progress table: one evaluation recorded on 15 March of this year and the last (those already past), from the park's demo
/// data as it stands.
/// Loaded once, after <see cref="DemoData"/>.
/// </summary>
public sealed class DemoNewParks(CertificationDbContext db, ParkEvaluator evaluator, TimeProvider clock)
{
    public async Task LoadOnceAsync(CancellationToken cancellationToken)
    {
        var park = await db.Parks.Where(p => p.IsDemo && p.Establishment == ParkEstablishment.NewlyEstablished)
            .OrderBy(p => p.Name).FirstOrDefaultAsync(cancellationToken);
        if (park is null || await db.ParkAssessmentRecords.AnyAsync(r => r.ParkId == park.Id, cancellationToken))
            return;
        var today = VietnamTime.Today(clock);
        foreach (var evaluatedOn in new[] { new DateOnly(today.Year - 1, 3, 15), new DateOnly(today.Year, 3, 15) }.Where(d => d <= today))
            await evaluator.RecordAsync(park.Id, evaluatedOn, Language.Vietnamese, recordedBy: null, cancellationToken);
    }
}
