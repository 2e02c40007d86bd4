using Certification.Web.Data;
using Certification.Web.Domain.Certificates;
using Certification.Web.Domain.Monitoring;
using Certification.Web.Infrastructure.Reminders;
using Certification.Workflows.Clocks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Certification.Web.Infrastructure.Monitoring;

/// <summary>
/// The daily watch-list check (Art 44): (1) once the latest report deadline plus <see cref="MonitoringOptions.GraceDays"/>
/// has passed, every park or enterprise certified before that reporting year began ([D]: the first report is on the
/// first full calendar year as certified), still certified today and
/// without a filed report (anything but a draft) for the year goes on the watch list; (2) every notice whose remedy
/// period ended before today without a remedy goes to the issuer for a decision. Running it twice a day changes nothing more.
/// </summary>
public sealed class MonitoringCheck(CertificationDbContext db, WatchList watchList, IOptionsMonitor<MonitoringOptions> monitoring,
    IOptionsMonitor<ReminderOptions> reminders, TimeProvider clock)
{
    public sealed record Outcome(int MissedReports, int RevocationsProposed);

    public async Task<Outcome> RunAsync(CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var missed = await OpenMissedReportsAsync(today, ct);
        var overdue = await db.WatchEntries.Where(e => e.Status == WatchStatus.Noticed && e.RemedyDueOn < today).ToListAsync(ct);
        foreach (var entry in overdue)
            await watchList.ProposeRevocationAsync(entry, ct);
        await db.SaveChangesAsync(ct);
        return new Outcome(missed, overdue.Count);
    }

    private async Task<int> OpenMissedReportsAsync(DateOnly today, CancellationToken ct)
    {
        var deadline = reminders.CurrentValue.AnnualReport;
        var grace = Math.Max(0, monitoring.CurrentValue.GraceDays);
        var year = ReportingYears.CurrentReportingYear(today);
        // The latest reporting year whose deadline plus grace is over (the current one's deadline lies ahead).
        while (ReportingYears.DueOn(year, deadline).AddDays(grace) >= today)
            year--;
        var certified = await db.Certificates.AsNoTracking()
            .Where(c => c.IssuedOn.Year < year && c.RevokedOn == null && (c.ReplacedOn == null || c.ReplacedOn > today) && (c.ValidUntil == null || c.ValidUntil >= today))
            .Select(c => new { c.Id, c.Kind, c.ProvinceId, c.ParkId, c.EnterpriseId, SubjectId = c.EnterpriseId ?? c.ParkId!.Value,
                IsDemo = db.Parks.Where(p => p.Id == c.ParkId).Select(p => p.IsDemo).First() })
            .Where(c => !db.AnnualReports.Any(r => r.SubjectId == c.SubjectId && r.ReportingYear == year && r.Status != AnnualReportStatus.Draft))
            .Where(c => !db.WatchEntries.Any(e => e.SubjectId == c.SubjectId && WatchEntry.OpenStatuses.Contains(e.Status)))
            .ToListAsync(ct);
        foreach (var certificate in certified.DistinctBy(c => c.SubjectId))
        {
            var subject = certificate.Kind == CertificateKind.EcoEnterprise ? ReportSubject.Enterprise : ReportSubject.Park;
            db.WatchEntries.Add(new WatchEntry(subject, certificate.ParkId!.Value, certificate.EnterpriseId, certificate.ProvinceId,
                certificate.Id, WatchReason.MissedReport, year, [], null, today, certificate.IsDemo));
        }
        return certified.DistinctBy(c => c.SubjectId).Count();
    }
}
