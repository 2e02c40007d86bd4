using Certification.Web.Data;
using Certification.Web.Domain.Certificates;
using Certification.Workflows.Clocks;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Pages.Public;

/// <summary>The public registry, no sign-in: every certified eco-industrial park and eco-enterprise with its certificate's status today.</summary>
public sealed class RegistryModel(CertificationDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Entry(string Number, string SubjectName, string Province, string? Park, DateOnly IssuedOn,
        CertificateStatus Status, DateOnly? RevokedOn, string Code, bool IsDemo);

    public IReadOnlyList<Entry> Parks { get; private set; } = [];
    public IReadOnlyList<Entry> Enterprises { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = VietnamTime.Today(clock);
        var rows = await (
                from certificate in db.Certificates.AsNoTracking()
                join province in db.Provinces on certificate.ProvinceId equals province.Id
                join park in db.Parks on certificate.ParkId equals park.Id into parks
                from park in parks.DefaultIfEmpty()
                orderby certificate.IssuedOn descending, certificate.Number
                select new
                {
                    certificate, Province = province.Name, Park = park == null ? null : park.Name,
                    IsDemo = DemoCertificates.Ids(db).Contains(certificate.Id),
                })
            .ToListAsync(cancellationToken);
        var entries = rows.Select(r => (r.certificate.Kind, Entry: new Entry(r.certificate.Number, r.certificate.SubjectName, r.Province,
            r.Park, r.certificate.IssuedOn, r.certificate.StatusOn(Today), r.certificate.RevokedOn, r.certificate.VerificationCode, r.IsDemo))).ToList();
        Parks = entries.Where(e => e.Kind == CertificateKind.EcoIndustrialPark).Select(e => e.Entry).ToList();
        Enterprises = entries.Where(e => e.Kind == CertificateKind.EcoEnterprise).Select(e => e.Entry).ToList();
    }
}
