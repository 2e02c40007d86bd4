using Certification.Web.Data;
using Certification.Web.Domain.Mail;
using Certification.Web.Domain.Monitoring;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure.Monitoring;

/// <summary>
/// Who hears of a report or a watch-list step, and the outbox calls. Mail is only queued in the caller's context: it
/// commits with the change that causes it. Keys are <c>{prefix}:{user}</c>, so a step repeated sends nothing twice.
/// </summary>
public sealed class MonitoringMail(CertificationDbContext db, MailOutbox outbox)
{
    /// <summary>The holder's users: the park developer's for a park; the enterprise's own users (else its park developer's).</summary>
    public async Task<List<EmailRecipient>> HolderAsync(ReportSubject subject, Guid parkId, Guid? enterpriseId, CancellationToken ct)
    {
        var enterpriseOrganisation = enterpriseId is { } id
            ? await db.Enterprises.Where(e => e.Id == id).Select(e => e.OrganisationId).SingleOrDefaultAsync(ct)
            : null;
        if (subject == ReportSubject.Enterprise && enterpriseOrganisation is { } organisation)
            return await UsersAsync(organisation, Roles.Enterprise, ct);
        var investor = await db.Parks.Where(p => p.Id == parkId).Select(p => p.InvestorOrganisationId).SingleAsync(ct);
        return await UsersAsync(investor, Roles.ParkDeveloper, ct);
    }

    /// <summary>The users in <paramref name="role"/> (Board or Committee) of an organisation of the province.</summary>
    public async Task<List<EmailRecipient>> ProvinceAsync(Guid provinceId, string role, CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking()
            .Where(u => u.Email != null && db.Organisations.Any(o => o.Id == u.OrganisationId && o.ProvinceId == provinceId)
                && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)))
            .OrderBy(u => u.Email).ToListAsync(ct);
        return users.Select(MailOutbox.RecipientFor).ToList();
    }

    /// <summary>Queues <paramref name="template"/> to each recipient with the values made for its language.</summary>
    public async Task QueueAsync(string keyPrefix, IEnumerable<EmailRecipient> recipients, string template, string link,
        Func<bool, Dictionary<string, string>> values, CancellationToken ct)
    {
        foreach (var recipient in recipients)
            await outbox.QueueAsync($"{keyPrefix}:{recipient.UserId?.ToString("N") ?? recipient.Email}", recipient, template, link,
                values(recipient.Culture == "en"), null, ct);
    }

    private async Task<List<EmailRecipient>> UsersAsync(Guid organisationId, string role, CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking()
            .Where(u => u.Email != null && u.OrganisationId == organisationId
                && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)))
            .OrderBy(u => u.Email).ToListAsync(ct);
        return users.Select(MailOutbox.RecipientFor).ToList();
    }

    /// <summary>Why the subject is watched, in words for a mail.</summary>
    public static string ReasonText(WatchEntry entry, bool english) => entry.Reason switch
    {
        WatchReason.MissedReport when english => $"the annual report on {entry.ReportingYear} was not filed by the deadline and the grace period",
        WatchReason.MissedReport => $"chưa nộp báo cáo hằng năm về năm {entry.ReportingYear} sau hạn nộp và thời gian gia hạn",
        _ when english => $"the re-evaluation on the {entry.ReportingYear} report failed mandatory criteria: {string.Join(", ", entry.FailedCriteria)}",
        _ => $"đánh giá lại theo báo cáo năm {entry.ReportingYear} không đạt tiêu chí bắt buộc: {string.Join(", ", entry.FailedCriteria)}",
    };
}
