using System.Globalization;
using Certification.Web.Data;
using Certification.Web.Domain;
using Certification.Web.Domain.Certificates;
using Certification.Web.Domain.Monitoring;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Infrastructure.Workflows;
using Certification.Workflows.Clocks;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure.Monitoring;

/// <summary>
/// The watch list's steps (Decree 35 Art 44) with their effects: opening or remedying on a re-evaluation, the Board's
/// notice with its remedy period in working days, and the issuer's decision, which revokes the certificate. Access is the
/// caller's (AccessPolicy); each method only adds to the context and the caller saves once.
/// </summary>
public sealed class WatchList(CertificationDbContext db, MonitoringMail mail, HolidayCalendar holidays, TimeProvider clock)
{
    /// <summary>The certificate a park or enterprise holds on <paramref name="on"/> (issued, not revoked, replaced or expired), latest first.</summary>
    public Task<Certificate?> CertificateOfAsync(ReportSubject subject, Guid subjectId, DateOnly on, CancellationToken ct) =>
        db.Certificates
            .Where(c => subject == ReportSubject.Park
                ? c.ParkId == subjectId && c.EnterpriseId == null && c.Kind == CertificateKind.EcoIndustrialPark
                : c.EnterpriseId == subjectId && c.Kind == CertificateKind.EcoEnterprise)
            .Where(c => c.IssuedOn <= on && c.RevokedOn == null && (c.ReplacedOn == null || c.ReplacedOn > on) && (c.ValidUntil == null || c.ValidUntil >= on))
            .OrderByDescending(c => c.IssuedOn).FirstOrDefaultAsync(ct);

    public Task<WatchEntry?> OpenEntryAsync(Guid subjectId, CancellationToken ct) =>
        db.WatchEntries.FirstOrDefaultAsync(e => e.SubjectId == subjectId && WatchEntry.OpenStatuses.Contains(e.Status), ct);

    /// <summary>
    /// After an accepted report's re-evaluation: an open entry is remedied when every mandatory criterion is met, or gets the
    /// latest failures; a certified subject without an open entry that fails goes on the list. Uncertified subjects are not watched.
    /// </summary>
    /// <returns>The entry opened or changed, or null.</returns>
    public async Task<WatchEntry?> ApplyAsync(AnnualReport report, ReportEvaluation evaluation, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        if (await OpenEntryAsync(report.SubjectId, ct) is { } open)
        {
            if (evaluation.AllMandatoryMet)
                open.Remedy(report.Id, today);
            else
                open.StillFailing(evaluation.Failed, report.Id);
            return open;
        }
        if (evaluation.AllMandatoryMet || await CertificateOfAsync(report.Subject, report.SubjectId, today, ct) is not { } certificate)
            return null;
        var entry = new WatchEntry(report.Subject, report.ParkId, report.EnterpriseId, certificate.ProvinceId, certificate.Id,
            WatchReason.FailedMandatoryCriterion, report.ReportingYear, evaluation.Failed, report.Id, today, report.IsDemo);
        db.WatchEntries.Add(entry);
        return entry;
    }

    /// <summary>The Board's notice: the remedy period ends <paramref name="workingDays"/> working days after today; the holder is told.</summary>
    public async Task SendNoticeAsync(WatchEntry entry, string text, int workingDays, Guid by, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var calendar = await holidays.GetAsync(db, ct);
        entry.SendNotice(text, workingDays, calendar.AddWorkingDays(today, Math.Clamp(workingDays, 1, 250)), by, today);
        var name = await MonitoredSubject.NameAsync(db, entry.ParkId, entry.EnterpriseId, ct);
        await mail.QueueAsync($"watch:{entry.Id:N}:notice", await mail.HolderAsync(entry.Subject, entry.ParkId, entry.EnterpriseId, ct),
            "WatchNotice", $"/Monitoring/Watch/{entry.Id}", english => new()
            {
                ["Subject"] = name, ["Reason"] = MonitoringMail.ReasonText(entry, english), ["Notice"] = entry.NoticeText!,
                ["DueOn"] = entry.RemedyDueOn!.Value.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            }, ct);
    }

    /// <summary>Remedy period over: the issuer (Committee for a park, Board for an enterprise) is asked to decide.</summary>
    public async Task ProposeRevocationAsync(WatchEntry entry, CancellationToken ct)
    {
        entry.ProposeRevocation(VietnamTime.Today(clock));
        var issuerRole = entry.Subject == ReportSubject.Park ? Roles.Committee : Roles.Board;
        var name = await MonitoredSubject.NameAsync(db, entry.ParkId, entry.EnterpriseId, ct);
        await mail.QueueAsync($"watch:{entry.Id:N}:proposed", await mail.ProvinceAsync(entry.ProvinceId, issuerRole, ct),
            "RevocationDecisionDue", $"/Monitoring/Watch/{entry.Id}", english => new()
            {
                ["Subject"] = name, ["Reason"] = MonitoringMail.ReasonText(entry, english),
                ["DueOn"] = entry.RemedyDueOn!.Value.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            }, ct);
    }

    /// <summary>The issuer's decision. Revoking revokes the certificate from today with <paramref name="note"/> as the public reason.</summary>
    /// <exception cref="DomainException">When no decision is due, the note is empty, or the certificate is already revoked.</exception>
    public async Task DecideAsync(WatchEntry entry, bool revoke, string note, Guid by, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        entry.Decide(revoke, note, by, today);
        if (!revoke)
            return;
        // A certificate re-issued while the case ran (Art 45) replaced the one the case opened on: the holder's current one is revoked.
        var certificate = await CertificateOfAsync(entry.Subject, entry.SubjectId, today, ct)
            ?? await db.Certificates.SingleAsync(c => c.Id == entry.CertificateId, ct);
        certificate.Revoke(today, note);
        await mail.QueueAsync($"watch:{entry.Id:N}:revoked", await mail.HolderAsync(entry.Subject, entry.ParkId, entry.EnterpriseId, ct),
            "CertificateRevoked", $"/Verify/{certificate.VerificationCode}", _ => new()
            {
                ["Number"] = certificate.Number, ["Subject"] = certificate.SubjectName, ["Reason"] = certificate.RevocationReason!,
                ["RevokedOn"] = today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            }, ct);
    }
}
