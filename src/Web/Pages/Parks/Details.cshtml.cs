using Certification.Web.Data;
using Certification.Web.Domain.Parks;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.NewParks;
using Certification.Web.Pages.Criteria;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Pages.Parks;

/// <summary>A park's data, a new park's 8-year deadline and progress (Art 38), and the enterprises in it that the user may see.</summary>
public sealed class DetailsModel(CertificationDbContext db, AccessPolicy access, NewParkProgressQuery progress) : PageModel
{
    public ParkView Park { get; private set; } = null!;
    public IReadOnlyList<EnterpriseRow> Enterprises { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public bool AcceptsEnterprises { get; private set; }
    public bool CanAssess { get; private set; }

    /// <summary>For a newly established park shown to those who may read its assessment: its 8-year deadline and yearly progress.</summary>
    public NewParkProgress? NewPark { get; private set; }

    public sealed record ParkView(Guid Id, string Name, decimal AreaHectares, DateOnly EstablishedOn,
        ParkEstablishment Establishment, string Investor, bool IsDemo);

    public sealed record EnterpriseRow(Guid Id, string Name, string TaxCode, string Sector, int? WorkforceSize, bool IsDemo);

    public async Task<IActionResult> OnGetAsync(Guid parkId, CancellationToken cancellationToken)
    {
        var park = await (
                from p in access.VisibleParks(db.Parks, db.Enterprises)
                join investor in db.Organisations on p.InvestorOrganisationId equals investor.Id
                where p.Id == parkId
                select new ParkView(p.Id, p.Name, p.AreaHectares, p.EstablishedOn, p.Establishment, investor.Name, p.IsDemo))
            .SingleOrDefaultAsync(cancellationToken);
        if (park is null)
            return NotFound();
        Park = park;
        Enterprises = await access.VisibleEnterprises(db.Enterprises, db.Parks)
            .Where(e => e.ParkId == parkId)
            .OrderBy(e => e.Name)
            .Select(e => new EnterpriseRow(e.Id, e.Name, e.TaxCode, e.Sector, e.WorkforceSize, e.IsDemo))
            .ToListAsync(cancellationToken);
        CanEdit = await access.EditableParks(db.Parks).AnyAsync(p => p.Id == parkId, cancellationToken);
        CanAssess = await access.AssessableParks(db.Parks).AnyAsync(p => p.Id == parkId, cancellationToken);
        if (CanAssess && park.Establishment == ParkEstablishment.NewlyEstablished)
            NewPark = await progress.ForParkAsync(await db.Parks.AsNoTracking().SingleAsync(p => p.Id == parkId, cancellationToken),
                CriteriaText.CurrentLanguage, cancellationToken);
        AcceptsEnterprises = await access.ParksAcceptingEnterprises(db.Parks).AnyAsync(p => p.Id == parkId, cancellationToken);
        return Page();
    }

    /// <summary>Razor Pages would render this read-only page without data for a verb it has no handler for.</summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null)
            context.Result = NotFound();
    }
}
