using System.Globalization;
using Certification.Web.Data;
using Certification.Web.Domain.Certificates;
using Certification.Web.Domain.Monitoring;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Infrastructure.Mail;
using Certification.Workflows.Clocks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Certification.Web.Infrastructure.Reminders;

/// <summary>
/// Reminds every park developer (the users of an organisation that invests in a park) and every certified eco-enterprise
/// that has not filed its report on the previous year of the yearly report deadline
/// (<see cref="AnnualReportReminderOptions"/>, 10 December by default). Run daily; on a reminder day it queues that
/// day's mail, keyed <c>annual-report:{year}:{daysBefore}:{user}</c>, so any number of runs and nodes send it once.
/// After a gap (the app was down) only the latest reminder due is sent, not every one that was missed.
/// </summary>
public sealed class AnnualReportReminders(CertificationDbContext db, MailOutbox outbox, IOptionsMonitor<ReminderOptions> options, TimeProvider clock)
{
    /// <returns>The number of mails queued (and saved).</returns>
    public async Task<int> QueueDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue.AnnualReport;
        var today = VietnamTime.Today(clock);
        var deadline = new DateOnly(today.Year, settings.DeadlineMonth, settings.DeadlineDay);
        var daysBefore = settings.DaysBefore.Where(d => d >= 0 && deadline.AddDays(-d) <= today).DefaultIfEmpty(-1).Min();
        if (today > deadline || daysBefore < 0)
            return 0;

        // The report filed this year is about the previous year (Art 43); whoever has filed it (anything but a draft) for
        // every park or certified eco-enterprise of its organisation is not reminded again.
        var reportingYear = deadline.Year - 1;
        var filed = db.AnnualReports.Where(r => r.ReportingYear == reportingYear && r.Status != AnnualReportStatus.Draft);
        var developers = await db.Users.AsNoTracking()
            .Where(u => u.Email != null && (
                (db.Parks.Any(p => p.InvestorOrganisationId == u.OrganisationId && !filed.Any(r => r.SubjectId == p.Id))
                    && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.ParkDeveloper)))
                || (db.Enterprises.Any(e => e.OrganisationId == u.OrganisationId && !filed.Any(r => r.SubjectId == e.Id)
                        && db.Certificates.Any(c => c.EnterpriseId == e.Id && c.Kind == CertificateKind.EcoEnterprise && c.RevokedOn == null))
                    && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Enterprise)))))
            .Select(u => new { User = u, Organisation = db.Organisations.Where(o => o.Id == u.OrganisationId).Select(o => o.Name).Single() })
            .ToListAsync(cancellationToken);
        var left = deadline.DayNumber - today.DayNumber;
        var queued = 0;
        foreach (var developer in developers)
        {
            var recipient = MailOutbox.RecipientFor(developer.User);
            var values = new Dictionary<string, string>
            {
                ["Year"] = deadline.Year.ToString(CultureInfo.InvariantCulture),
                ["ReportingYear"] = reportingYear.ToString(CultureInfo.InvariantCulture),
                ["Deadline"] = deadline.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                ["Organisation"] = developer.Organisation,
                ["Status"] = (left, recipient.Culture) switch
                {
                    (0, "en") => "Today is the last day.",
                    (0, _) => "Hôm nay là ngày cuối.",
                    (_, "en") => $"{left} day(s) are left.",
                    _ => $"Còn {left} ngày.",
                },
            };
            var key = $"annual-report:{deadline.Year}:{daysBefore}:{developer.User.Id:N}";
            if (await outbox.QueueAsync(key, recipient, "AnnualReportReminder", "/Monitoring", values, null, cancellationToken) is not null)
                queued++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return queued;
    }
}
