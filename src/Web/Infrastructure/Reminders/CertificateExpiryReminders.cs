using System.Globalization;
using Certification.Web.Data;
using Certification.Web.Domain.Certificates;
using Certification.Web.Domain.Mail;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Infrastructure.Mail;
using Certification.Workflows.Clocks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Certification.Web.Infrastructure.Reminders;

/// <summary>
/// Reminds the holder of a certificate that expires (<see cref="Certificate.ValidUntil"/>; none do unless
/// Certificates:ValidityYears is set) and the Board officers of its province, on each of
/// <see cref="CertificateExpiryReminderOptions.DaysBefore"/> before the last valid day. Run daily; keys
/// <c>certificate-expiry:{certificate}:{daysBefore}:{user}</c> make each reminder single. Revoked certificates are skipped.
/// </summary>
public sealed class CertificateExpiryReminders(CertificationDbContext db, MailOutbox outbox, IOptionsMonitor<ReminderOptions> options, TimeProvider clock)
{
    /// <returns>The number of mails queued (and saved).</returns>
    public async Task<int> QueueDueAsync(CancellationToken cancellationToken)
    {
        var steps = options.CurrentValue.CertificateExpiry.DaysBefore.Where(d => d >= 0).Distinct().ToList();
        if (steps.Count == 0)
            return 0;
        var today = VietnamTime.Today(clock);
        var horizon = today.AddDays(steps.Max());
        var expiring = await db.Certificates.AsNoTracking()
            .Where(c => c.ValidUntil != null && c.ValidUntil >= today && c.ValidUntil <= horizon && c.RevokedOn == null)
            .ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var certificate in expiring)
        {
            var left = certificate.ValidUntil!.Value.DayNumber - today.DayNumber;
            // The nearest step not yet passed: on day 25 before expiry with steps 90/30/7, the 30-day reminder.
            var step = steps.Where(d => d >= left).Min();
            foreach (var recipient in await RecipientsAsync(certificate, cancellationToken))
            {
                var values = new Dictionary<string, string>
                {
                    ["Number"] = certificate.Number,
                    ["Holder"] = certificate.SubjectName,
                    ["ValidUntil"] = certificate.ValidUntil.Value.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                    ["Status"] = recipient.Culture == "en" ? $"{left} day(s) are left." : $"Còn {left} ngày.",
                };
                var key = $"certificate-expiry:{certificate.Id:N}:{step}:{recipient.UserId:N}";
                if (await outbox.QueueAsync(key, recipient, "CertificateExpiry", $"/Verify/{certificate.VerificationCode}", values, null, cancellationToken) is not null)
                    queued++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return queued;
    }

    private async Task<List<EmailRecipient>> RecipientsAsync(Certificate certificate, CancellationToken cancellationToken)
    {
        var holderOrganisation = certificate.EnterpriseId is { } enterpriseId
            ? await db.Enterprises.Where(e => e.Id == enterpriseId).Select(e => e.OrganisationId).SingleOrDefaultAsync(cancellationToken)
            : await db.Parks.Where(p => p.Id == certificate.ParkId).Select(p => (Guid?)p.InvestorOrganisationId).SingleOrDefaultAsync(cancellationToken);
        var holderRole = certificate.EnterpriseId is null ? Roles.ParkDeveloper : Roles.Enterprise;
        var users = await db.Users.AsNoTracking()
            .Where(u => u.Email != null && (
                (u.OrganisationId == holderOrganisation && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == holderRole)))
                || (db.Organisations.Any(o => o.Id == u.OrganisationId && o.ProvinceId == certificate.ProvinceId)
                    && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Board)))))
            .OrderBy(u => u.Email)
            .ToListAsync(cancellationToken);
        return users.Select(MailOutbox.RecipientFor).ToList();
    }
}
