using Certification.Web.Data;
using Certification.Web.Domain.Applications;
using Certification.Web.Infrastructure.Certificates;
using Certification.Workflows.Clocks;
using Certification.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure.Workflows;

/// <summary>
/// The host's binding of the "certificate.issue" action: takes the next number of the province's yearly sequence
/// (<see cref="CertificateNumber"/>), writes it on the application and issues the certificate (PDF, public verification)
/// through <see cref="CertificateIssuer"/>, all in the DbContext of the runner call, so the number, the certificate and
/// the decision that caused them commit together. A number already used (on another application or certificate, e.g.
/// one entered by hand) fails the action: the instance faults and the taken sequence stays used, so an administrator's
/// retry takes the next free number.
/// </summary>
internal sealed class CertificateIssue(CertificationDbContext db, CertificateIssuer issuer, TimeProvider clock, Guid actorUserId)
{
    public const string NumberKey = "certificateNumber";
    public const string IssuedOnKey = "certificateIssuedOn";

    public async Task RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var applicationId = Guid.Parse(context.CorrelationId ?? throw new InvalidOperationException("The instance has no application."));
        var application = await db.Applications.SingleAsync(a => a.Id == applicationId, cancellationToken);
        var province = await db.Provinces.SingleAsync(p => p.Id == application.ProvinceId, cancellationToken);
        var issuedOn = VietnamTime.Today(clock);
        // Two decisions in one province at once must not both read the same last number (the loser's decision would
        // fail as a conflict): the sequence is locked until this step's transaction (opened by the host) commits.
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Certificates are numbered inside the step's transaction.");
        var sequence = $"certificate-sequence:{province.Id}:{application.Kind}:{issuedOn.Year}";
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock(hashtext({sequence}))", cancellationToken);
        var counter = await db.CertificateCounters.SingleOrDefaultAsync(
            c => c.ProvinceId == province.Id && c.Kind == application.Kind && c.Year == issuedOn.Year, cancellationToken);
        if (counter is null)
        {
            counter = new CertificateCounter(province.Id, application.Kind, issuedOn.Year);
            db.CertificateCounters.Add(counter);
        }
        var number = CertificateNumber.Format(counter.Next(), issuedOn.Year, application.Kind, province.Code);
        if (await db.Applications.AnyAsync(a => a.CertificateNumber == number && a.Id != application.Id, cancellationToken)
            || await db.Certificates.AnyAsync(c => c.Number == number, cancellationToken))
            throw new InvalidOperationException($"Certificate number {number} is already recorded; retry to take the next number.");
        // The certificate first: if rendering or storing it fails, the application keeps no number and the retry starts clean.
        _ = application.Kind == ApplicationKind.EcoIndustrialPark
            ? await issuer.IssueForParkAsync(application.ParkId, number, issuedOn, application.CommitteeOrganisationId!.Value, actorUserId, cancellationToken)
            : await issuer.IssueForEnterpriseAsync(application.EnterpriseId!.Value, number, issuedOn, application.BoardOrganisationId, actorUserId, cancellationToken);
        application.IssueCertificate(number, issuedOn);
        // Re-certification (Art 45): the new certificate takes the old one's place from its day of issue; the old one's
        // public page then says it was replaced and by which number.
        if (application.RenewsCertificateId is { } renewed)
            (await db.Certificates.SingleAsync(c => c.Id == renewed, cancellationToken)).ReplaceBy(number, issuedOn);
        context.Data[NumberKey] = number;
        context.Data[IssuedOnKey] = issuedOn.ToString("yyyy-MM-dd");
    }
}
