using Certification.Web.Data;
using Certification.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Pages.Enterprises;

/// <summary>One enterprise's data and the park it sits in.</summary>
public sealed class DetailsModel(CertificationDbContext db, AccessPolicy access) : PageModel
{
    public EnterpriseView Enterprise { get; private set; } = null!;
    public bool CanEdit { get; private set; }

    public sealed record EnterpriseView(Guid Id, string Name, string TaxCode, string Sector, int? WorkforceSize,
        Guid ParkId, string ParkName, bool IsDemo);

    public async Task<IActionResult> OnGetAsync(Guid enterpriseId, CancellationToken cancellationToken)
    {
        var enterprise = await (
                from e in access.VisibleEnterprises(db.Enterprises, db.Parks)
                join park in db.Parks on e.ParkId equals park.Id
                where e.Id == enterpriseId
                select new EnterpriseView(e.Id, e.Name, e.TaxCode, e.Sector, e.WorkforceSize, park.Id, park.Name, e.IsDemo))
            .SingleOrDefaultAsync(cancellationToken);
        if (enterprise is null)
            return NotFound();
        Enterprise = enterprise;
        CanEdit = await access.EditableEnterprises(db.Enterprises, db.Parks).AnyAsync(e => e.Id == enterpriseId, cancellationToken);
        return Page();
    }

    /// <summary>Razor Pages would render this read-only page without data for a verb it has no handler for.</summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null)
            context.Result = NotFound();
    }
}
