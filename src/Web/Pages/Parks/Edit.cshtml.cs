using Certification.Web.Data;
using Certification.Web.Domain.Parks;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Certification.Web.Pages.Parks;

/// <summary>Changes a park's data. The investor and the province stay as registered.</summary>
public sealed class EditModel(CertificationDbContext db, AccessPolicy access, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public ParkForm Input { get; set; } = new();

    public Guid ParkId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid parkId, CancellationToken cancellationToken)
    {
        if (await FindAsync(parkId, cancellationToken) is not { } park)
            return await RefusalAsync(parkId, cancellationToken);
        Input = ParkForm.From(park);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid parkId, CancellationToken cancellationToken)
    {
        // Access first: a foreign park is not found, whatever the form holds.
        if (await FindAsync(parkId, cancellationToken) is not { } park)
            return await RefusalAsync(parkId, cancellationToken);
        if (!ModelState.IsValid)
            return Page();
        var name = Input.Name!.Trim();
        if (await db.Parks.AnyAsync(p => p.ProvinceId == park.ProvinceId && p.Name == name && p.Id != park.Id, cancellationToken))
        {
            ModelState.AddModelError("Input.Name", l["Tỉnh đã có khu công nghiệp tên {0}.", name]);
            return Page();
        }
        park.Update(name, Input.Area(), Input.EstablishedOn!.Value, Input.Kind());
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/Parks/Details/{park.Id}");
    }

    private async Task<Park?> FindAsync(Guid parkId, CancellationToken cancellationToken)
    {
        ParkId = parkId;
        return await access.EditableParks(db.Parks).SingleOrDefaultAsync(p => p.Id == parkId, cancellationToken);
    }

    /// <summary>403 when the user may see the park but not change it; 404 when the park is not theirs to see.</summary>
    private async Task<IActionResult> RefusalAsync(Guid parkId, CancellationToken cancellationToken) =>
        await access.VisibleParks(db.Parks, db.Enterprises).AnyAsync(p => p.Id == parkId, cancellationToken)
            ? StatusCode(StatusCodes.Status403Forbidden)
            : NotFound();
}
