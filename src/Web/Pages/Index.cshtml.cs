using Certification.Web.Data;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Pages;

/// <summary>Each role's own home page: what that person works on, limited by <see cref="AccessPolicy"/>.</summary>
public sealed class IndexModel(CertificationDbContext db, AccessPolicy access) : PageModel
{
    public string Role { get; private set; } = "";
    public string OrganisationName { get; private set; } = "";
    public IReadOnlyList<ParkRow> Parks { get; private set; } = [];
    public int EnterpriseCount { get; private set; }
    public bool HasDemoData { get; private set; }

    public sealed record ParkRow(Guid Id, string Name, int Enterprises, bool IsDemo);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var user = access.User;
        Role = Roles.All.FirstOrDefault(user.IsIn) ?? "";
        OrganisationName = await db.Organisations.Where(o => o.Id == user.OrganisationId).Select(o => o.Name).SingleAsync(cancellationToken);
        var enterprises = access.VisibleEnterprises(db.Enterprises, db.Parks);
        Parks = await access.VisibleParks(db.Parks, db.Enterprises)
            .OrderBy(p => p.Name)
            .Select(p => new ParkRow(p.Id, p.Name, enterprises.Count(e => e.ParkId == p.Id), p.IsDemo))
            .ToListAsync(cancellationToken);
        EnterpriseCount = await enterprises.CountAsync(cancellationToken);
        HasDemoData = Parks.Any(p => p.IsDemo);
    }
}
