using Certification.Web.Data;
using Certification.Web.Domain.Monitoring;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Pages.Monitoring;

/// <summary>
/// The monitoring steps waiting for the signed-in user, shown in the inbox beside the workflow steps: for the Board, reports
/// to review, watch-list cases to send a notice on and enterprise revocations to decide; for the People's Committee, park
/// revocations to decide; for a filer, returned reports to correct and notices whose remedy period runs.
/// </summary>
public sealed class MonitoringTasks(CertificationDbContext db, AccessPolicy access)
{
    public enum Kind { Review, Correct, SendNotice, Remedy, DecideRevocation }

    /// <param name="DueOn">The last day to act, when there is one (the remedy period's end).</param>
    public sealed record Item(Kind Kind, string Link, string Subject, int Year, DateOnly? DueOn, bool IsDemo);

    public async Task<IReadOnlyList<Item>> ForCurrentUserAsync(CancellationToken ct)
    {
        var user = access.User;
        var reports = access.VisibleAnnualReports(db.AnnualReports, db.Parks, db.Enterprises)
            .Where(r => r.Status == AnnualReportStatus.Submitted || r.Status == AnnualReportStatus.Returned);
        var entries = access.VisibleWatchEntries(db.WatchEntries, db.Parks, db.Enterprises)
            .Where(e => e.Status == WatchStatus.Watching || e.Status == WatchStatus.Noticed || e.Status == WatchStatus.RevocationProposed);
        var items = new List<Item>();
        foreach (var r in await reports.Select(r => new { r.Id, r.Status, r.Subject, r.ReportingYear, r.IsDemo, r.ParkId, r.EnterpriseId, 
                Name = r.EnterpriseId == null ? db.Parks.Where(p => p.Id == r.ParkId).Select(p => p.Name).First()
                    : db.Enterprises.Where(x => x.Id == r.EnterpriseId).Select(x => x.Name).First() }).ToListAsync(ct))
        {
            var files = r.Subject == ReportSubject.Park ? user.IsIn(Roles.ParkDeveloper) : user.IsIn(Roles.Enterprise);
            if (r.Status == AnnualReportStatus.Submitted && user.IsIn(Roles.Board))
                items.Add(new Item(Kind.Review, $"/Monitoring/Report/{r.Id}", r.Name, r.ReportingYear, null, r.IsDemo));
            else if (r.Status == AnnualReportStatus.Returned && files)
                items.Add(new Item(Kind.Correct, $"/Monitoring/Report/{r.Id}", r.Name, r.ReportingYear, null, r.IsDemo));
        }
        foreach (var e in await entries.Select(e => new
            {
                Entry = e,
                Name = e.EnterpriseId == null ? db.Parks.Where(p => p.Id == e.ParkId).Select(p => p.Name).First()
                    : db.Enterprises.Where(x => x.Id == e.EnterpriseId).Select(x => x.Name).First(),
            }).ToListAsync(ct))
        {
            var link = $"/Monitoring/Watch/{e.Entry.Id}";
            var holder = e.Entry.Subject == ReportSubject.Park ? user.IsIn(Roles.ParkDeveloper) : user.IsIn(Roles.Enterprise);
            if (e.Entry.Status == WatchStatus.Watching && access.MonitorsProvince(e.Entry.ProvinceId))
                items.Add(new Item(Kind.SendNotice, link, e.Name, e.Entry.ReportingYear, null, e.Entry.IsDemo));
            else if (e.Entry.Status == WatchStatus.Noticed && holder)
                items.Add(new Item(Kind.Remedy, link, e.Name, e.Entry.ReportingYear, e.Entry.RemedyDueOn, e.Entry.IsDemo));
            else if (e.Entry.Status == WatchStatus.RevocationProposed && access.DecidesRevocation(e.Entry))
                items.Add(new Item(Kind.DecideRevocation, link, e.Name, e.Entry.ReportingYear, null, e.Entry.IsDemo));
        }
        return items.OrderBy(i => i.DueOn ?? DateOnly.MaxValue).ThenBy(i => i.Subject).ToList();
    }
}
