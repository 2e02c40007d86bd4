using Certification.Web.Data;
using Certification.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Pages.Enterprises;

/// <summary>The enterprises the user may see, optionally those of one park (?parkId=).</summary>
public sealed class IndexModel(CertificationDbContext db, AccessPolicy access) : PageModel
{
    /// <summary>Filter; a malformed value is reported by model binding and the whole list is shown.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? ParkId { get; set; }

    public string? ParkName { get; private set; }
    public IReadOnlyList<EnterpriseRow> Enterprises { get; private set; } = [];
    public bool CanCreate { get; private set; }

    public sealed record EnterpriseRow(Guid Id, string Name, string TaxCode, string Sector, int? WorkforceSize,
        Guid ParkId, string ParkName, bool IsDemo);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (ParkId is { } parkId)
        {
            ParkName = await access.VisibleParks(db.Parks, db.Enterprises).Where(p => p.Id == parkId)
                .Select(p => p.Name).SingleOrDefaultAsync(cancellationToken);
            if (ParkName is null)
                return NotFound();
        }
        Enterprises = await (
                from enterprise in access.VisibleEnterprises(db.Enterprises, db.Parks)
                join park in db.Parks on enterprise.ParkId equals park.Id
                where ParkId == null || enterprise.ParkId == ParkId
                orderby enterprise.Name
                select new EnterpriseRow(enterprise.Id, enterprise.Name, enterprise.TaxCode, enterprise.Sector,
                    enterprise.WorkforceSize, park.Id, park.Name, enterprise.IsDemo))
            .ToListAsync(cancellationToken);
        CanCreate = await access.ParksAcceptingEnterprises(db.Parks).AnyAsync(cancellationToken);
        return Page();
    }
}
