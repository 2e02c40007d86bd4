using Certification.Criteria.Wording;
using Certification.Web.Data;
using Certification.Web.Domain.Parks;
using Certification.Web.Infrastructure.Assessment;
using Certification.Web.Infrastructure.Certificates;
using Certification.Workflows.Clocks;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure.NewParks;

/// <summary>
/// The progress of newly established parks towards their 8-year deadline (Decree 35 Art 38), for the park page, the
/// Board's list of new parks and the dashboard. Per reporting year it shows the latest recorded assessment snapshot of
/// that year (<see cref="Domain.Assessment.ParkAssessmentRecord"/>), and adds today's live evaluation.
/// Callers pass parks already filtered through AccessPolicy.
/// </summary>
/// <remarks>The yearly rows come from <see cref="AssessmentHistory"/>, where annual reports will plug in (Art 43).</remarks>
public sealed class NewParkProgressQuery(CertificationDbContext db, ParkEvaluator evaluator, TimeProvider clock)
{
    /// <summary>The progress of each newly established park among <paramref name="parks"/>, nearest deadline first.</summary>
    public async Task<IReadOnlyList<NewParkProgress>> ForParksAsync(IQueryable<Park> parks, Language language, CancellationToken ct)
    {
        var newParks = await parks.AsNoTracking().Where(p => p.Establishment == ParkEstablishment.NewlyEstablished)
            .OrderBy(p => p.EstablishedOn).ThenBy(p => p.Name).ToListAsync(ct);
        var result = new List<NewParkProgress>();
        foreach (var park in newParks)
            result.Add(await ProgressAsync(park, language, ct));
        return result;
    }

    /// <summary>The progress of <paramref name="park"/>, or null when it is not a newly established park.</summary>
    public async Task<NewParkProgress?> ForParkAsync(Park park, Language language, CancellationToken ct) =>
        park.Establishment == ParkEstablishment.NewlyEstablished ? await ProgressAsync(park, language, ct) : null;

    private async Task<NewParkProgress> ProgressAsync(Park park, Language language, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var years = await AssessmentHistory.ParkYearsAsync(db, park.Id, ct);
        if (await LiveAsync(park.Id, today, language, ct) is { } live)
        {
            years.RemoveAll(y => y.ReportingYear == live.ReportingYear && y.EvaluatedOn == today);
            years.Add(live);
        }
        var certified = (await ParkCertification.OfAsync(db, park.Id, today, ct)).IsValid;
        return new NewParkProgress(park.Id, park.Name, park.IsDemo, park.EstablishedOn, NewParkDeadline.LastDayFor(park.EstablishedOn),
            NewParkDeadline.DaysLeft(park.EstablishedOn, today), NewParkDeadline.YearOfPeriod(park.EstablishedOn, today), certified, years);
    }

    private async Task<ProgressYear?> LiveAsync(Guid parkId, DateOnly today, Language language, CancellationToken ct)
    {
        try
        {
            var result = await evaluator.EvaluateAsync(parkId, today, language, ct);
            var e = result.Evaluation;
            return new ProgressYear(result.ReportingYear, today, e.MetCount, e.ApplicableCount, e.CompliancePercent is { } p ? Math.Round(p, 2) : null,
                e.AllMandatoryMet, result.SetId, result.SetVersion, IsLive: true);
        }
        catch (InvalidOperationException)
        {
            return null; // no published park set in force today: only the recorded years are shown
        }
    }
}
