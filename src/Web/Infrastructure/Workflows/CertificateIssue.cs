using Certification.Web.Data;
using Certification.Web.Domain.Applications;
using Certification.Workflows.Clocks;
using Certification.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure.Workflows;

/// <summary>
/// The host's binding of the "certificate.issue" action: takes the next number of the province's yearly sequence
/// (<see cref="CertificateNumber"/>) and writes it on the application, in the DbContext of the runner call, so the number
/// and the step that issued it commit together. A number already on another application (a certificate entered by
/// hand) fails the action: the instance faults and the taken sequence stays used, so an administrator's retry takes
/// the next free number.
/// </summary>
internal sealed class CertificateIssue(CertificationDbContext db, TimeProvider clock)
{
    public const string NumberKey = "certificateNumber";
    public const string IssuedOnKey = "certificateIssuedOn";

    public async Task RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var applicationId = Guid.Parse(context.CorrelationId ?? throw new InvalidOperationException("The instance has no application."));
        var application = await db.Applications.SingleAsync(a => a.Id == applicationId, cancellationToken);
        var province = await db.Provinces.SingleAsync(p => p.Id == application.ProvinceId, cancellationToken);
        var issuedOn = VietnamTime.Today(clock);
        var counter = await db.CertificateCounters.SingleOrDefaultAsync(
            c => c.ProvinceId == province.Id && c.Kind == application.Kind && c.Year == issuedOn.Year, cancellationToken);
        if (counter is null)
        {
            counter = new CertificateCounter(province.Id, application.Kind, issuedOn.Year);
            db.CertificateCounters.Add(counter);
        }
        var number = CertificateNumber.Format(counter.Next(), issuedOn.Year, application.Kind, province.Code);
        if (await db.Applications.AnyAsync(a => a.CertificateNumber == number && a.Id != application.Id, cancellationToken))
            throw new InvalidOperationException($"Certificate number {number} is already recorded on another application; retry to take the next number.");
        application.IssueCertificate(number, issuedOn);
        context.Data[NumberKey] = number;
        context.Data[IssuedOnKey] = issuedOn.ToString("yyyy-MM-dd");
    }
}
