using Certification.Web.Data;
using Certification.Web.Domain.Parks;
using Certification.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Pages.Parks;

/// <summary>The parks the user may see, with their investor and how many of their enterprises the user may see.</summary>
public sealed class IndexModel(CertificationDbContext db, AccessPolicy access) : PageModel
{
    public IReadOnlyList<ParkRow> Parks { get; private set; } = [];
    public bool CanCreate => access.CanCreateParks;

    public sealed record ParkRow(Guid Id, string Name, decimal AreaHectares, DateOnly EstablishedOn,
        ParkEstablishment Establishment, string Investor, int Enterprises, bool IsDemo);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var enterprises = access.VisibleEnterprises(db.Enterprises, db.Parks);
        Parks = await (
                from park in access.VisibleParks(db.Parks, db.Enterprises)
                join investor in db.Organisations on park.InvestorOrganisationId equals investor.Id
                orderby park.Name
                select new ParkRow(park.Id, park.Name, park.AreaHectares, park.EstablishedOn, park.Establishment,
                    investor.Name, enterprises.Count(e => e.ParkId == park.Id), park.IsDemo))
            .ToListAsync(cancellationToken);
    }
}
