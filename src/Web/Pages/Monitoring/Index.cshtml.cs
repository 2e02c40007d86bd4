using Certification.Web.Data;
using Certification.Web.Domain.Monitoring;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Monitoring;
using Certification.Web.Infrastructure.Reminders;
using Certification.Workflows.Clocks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Certification.Web.Pages.Monitoring;

/// <summary>
/// Yearly monitoring (Art 43–44) for one reporting year: for a filer, its parks or enterprise with the year's report and a
/// way to start it; for the Board, Committee and Administrator, every certified park and enterprise of the province with
/// its report status. Below, the watch list the user may see, open cases first.
/// </summary>
public sealed class IndexModel(CertificationDbContext db, AccessPolicy access, IOptionsMonitor<ReminderOptions> reminders, TimeProvider clock) : PageModel
{
    public sealed record SubjectRow(Guid SubjectId, ReportSubject Kind, string Name, string? CertificateNumber, DateOnly? RevokedOn, bool IsDemo, bool CanFile);
    public sealed record ReportCell(Guid Id, AnnualReportStatus Status, int Revision, bool? AllMandatoryMet);
    public sealed record WatchRow(Guid Id, string Name, ReportSubject Kind, WatchReason Reason, int Year, WatchStatus Status, DateOnly OpenedOn, DateOnly? RemedyDueOn, bool IsDemo);

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public int ReportingYear { get; private set; }
    public DateOnly DueOn { get; private set; }
    public DateOnly Today { get; private set; }
    public IReadOnlyList<SubjectRow> Subjects { get; private set; } = [];
    public IReadOnlyDictionary<Guid, ReportCell> Reports { get; private set; } = new Dictionary<Guid, ReportCell>();
    public IReadOnlyList<WatchRow> Watch { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = VietnamTime.Today(clock);
        ReportingYear = Year is >= 2000 and <= 2100 ? Year.Value : ReportingYears.CurrentReportingYear(Today);
        DueOn = ReportingYears.DueOn(ReportingYear, reminders.CurrentValue.AnnualReport);
        Subjects = await SubjectsAsync(ct);
        var ids = Subjects.Select(s => s.SubjectId).ToList();
        var reports = await access.VisibleAnnualReports(db.AnnualReports, db.Parks, db.Enterprises).AsNoTracking()
            .Where(r => ids.Contains(r.SubjectId) && r.ReportingYear == ReportingYear)
            .Select(r => new { r.SubjectId, Cell = new ReportCell(r.Id, r.Status, r.Revision, r.Evaluation == null ? null : r.Evaluation.AllMandatoryMet) })
            .ToListAsync(ct);
        Reports = reports.GroupBy(r => r.SubjectId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Cell.Revision)!.Cell);
        Watch = await (
                from entry in access.VisibleWatchEntries(db.WatchEntries, db.Parks, db.Enterprises)
                join park in db.Parks on entry.ParkId equals park.Id
                let name = entry.EnterpriseId == null ? park.Name : db.Enterprises.Where(e => e.Id == entry.EnterpriseId).Select(e => e.Name).First()
                orderby WatchEntry.OpenStatuses.Contains(entry.Status) descending, entry.OpenedOn descending
                select new WatchRow(entry.Id, name, entry.Subject, entry.Reason, entry.ReportingYear, entry.Status, entry.OpenedOn, entry.RemedyDueOn, entry.IsDemo))
            .Take(200).ToListAsync(ct);
    }

    /// <summary>Starts (or opens) the filer's report on the year for one of its parks or its enterprise.</summary>
    public async Task<IActionResult> OnPostStartAsync(Guid subjectId, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var year = Year ?? ReportingYears.CurrentReportingYear(today);
        if (year > ReportingYears.CurrentReportingYear(today) || year < 2000)
            return BadRequest();
        var park = await access.ParksFilingReports(db.Parks).SingleOrDefaultAsync(p => p.Id == subjectId, ct);
        var enterprise = park is null ? await access.EnterprisesFilingReports(db.Enterprises).SingleOrDefaultAsync(e => e.Id == subjectId, ct) : null;
        if (park is null && enterprise is null)
            return NotFound();
        var existing = await db.AnnualReports.Where(r => r.SubjectId == subjectId && r.ReportingYear == year)
            .OrderByDescending(r => r.Revision).FirstOrDefaultAsync(ct);
        if (existing is not null)
            return Redirect($"/Monitoring/Report/{existing.Id}");
        var report = park is not null
            ? AnnualReport.ForPark(park.Id, year, access.User.UserId, clock.GetUtcNow())
            : AnnualReport.ForEnterprise(enterprise!.ParkId, enterprise.Id, year, access.User.UserId, clock.GetUtcNow());
        db.AnnualReports.Add(report);
        await db.SaveChangesAsync(ct);
        return Redirect($"/Monitoring/Report/{report.Id}");
    }

    private async Task<List<SubjectRow>> SubjectsAsync(CancellationToken ct)
    {
        var certificates = db.Certificates.Where(c => c.IssuedOn.Year <= ReportingYear + 1);
        if (access.User.IsIn(Infrastructure.Identity.Roles.ParkDeveloper) || access.User.IsIn(Infrastructure.Identity.Roles.Enterprise))
        {
            var parks = await access.ParksFilingReports(db.Parks).OrderBy(p => p.Name)
                .Select(p => new SubjectRow(p.Id, ReportSubject.Park, p.Name,
                    certificates.Where(c => c.ParkId == p.Id && c.EnterpriseId == null).OrderByDescending(c => c.IssuedOn).Select(c => c.Number).FirstOrDefault(),
                    certificates.Where(c => c.ParkId == p.Id && c.EnterpriseId == null).OrderByDescending(c => c.IssuedOn).Select(c => c.RevokedOn).FirstOrDefault(),
                    p.IsDemo, true)).ToListAsync(ct);
            var enterprises = await access.EnterprisesFilingReports(db.Enterprises).OrderBy(e => e.Name)
                .Select(e => new SubjectRow(e.Id, ReportSubject.Enterprise, e.Name,
                    certificates.Where(c => c.EnterpriseId == e.Id).OrderByDescending(c => c.IssuedOn).Select(c => c.Number).FirstOrDefault(),
                    certificates.Where(c => c.EnterpriseId == e.Id).OrderByDescending(c => c.IssuedOn).Select(c => c.RevokedOn).FirstOrDefault(),
                    e.IsDemo, true)).ToListAsync(ct);
            // Eco-enterprises report to their park's investor too (Art 43): the developer follows their reports, read-only.
            var filingParks = access.ParksFilingReports(db.Parks);
            var tenants = await access.VisibleEnterprises(db.Enterprises, db.Parks)
                .Where(e => filingParks.Any(p => p.Id == e.ParkId) && certificates.Any(c => c.EnterpriseId == e.Id)).OrderBy(e => e.Name)
                .Select(e => new SubjectRow(e.Id, ReportSubject.Enterprise, e.Name,
                    certificates.Where(c => c.EnterpriseId == e.Id).OrderByDescending(c => c.IssuedOn).Select(c => c.Number).FirstOrDefault(),
                    certificates.Where(c => c.EnterpriseId == e.Id).OrderByDescending(c => c.IssuedOn).Select(c => c.RevokedOn).FirstOrDefault(),
                    e.IsDemo, false)).ToListAsync(ct);
            return [.. parks, .. enterprises, .. tenants.Where(t => enterprises.All(e => e.SubjectId != t.SubjectId))];
        }
        var visibleParks = access.VisibleParks(db.Parks, db.Enterprises);
        var rows = await certificates.Where(c => visibleParks.Any(p => p.Id == c.ParkId))
            .OrderBy(c => c.EnterpriseId != null).ThenBy(c => c.SubjectName).ThenByDescending(c => c.IssuedOn)
            .Select(c => new SubjectRow(c.EnterpriseId ?? c.ParkId!.Value, c.EnterpriseId == null ? ReportSubject.Park : ReportSubject.Enterprise,
                c.SubjectName, c.Number, c.RevokedOn, db.Parks.Where(p => p.Id == c.ParkId).Select(p => p.IsDemo).First(), false))
            .ToListAsync(ct);
        // Parks and enterprises that filed without being certified (yet) are listed too: their reports wait for review all the same.
        var filed = await access.VisibleAnnualReports(db.AnnualReports, db.Parks, db.Enterprises).Where(r => r.ReportingYear == ReportingYear)
            .Select(r => new SubjectRow(r.SubjectId, r.Subject,
                r.EnterpriseId == null ? db.Parks.Where(p => p.Id == r.ParkId).Select(p => p.Name).First()
                    : db.Enterprises.Where(e => e.Id == r.EnterpriseId).Select(e => e.Name).First(),
                null, null, r.IsDemo, false))
            .ToListAsync(ct);
        return rows.Concat(filed.OrderBy(r => r.Name)).DistinctBy(r => r.SubjectId).ToList();
    }
}
