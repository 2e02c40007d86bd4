using Certification.Web.Data;
using Certification.Web.Domain.Enterprises;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Certification.Web.Pages.Enterprises;

/// <summary>Changes an enterprise's data. The park stays as registered.</summary>
public sealed class EditModel(CertificationDbContext db, AccessPolicy access, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public EnterpriseForm Input { get; set; } = new();

    public Guid EnterpriseId { get; private set; }
    public string ParkName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid enterpriseId, CancellationToken cancellationToken)
    {
        if (await FindAsync(enterpriseId, cancellationToken) is not { } enterprise)
            return await RefusalAsync(enterpriseId, cancellationToken);
        Input = EnterpriseForm.From(enterprise);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid enterpriseId, CancellationToken cancellationToken)
    {
        // Access first: a foreign enterprise is not found, whatever the form holds.
        if (await FindAsync(enterpriseId, cancellationToken) is not { } enterprise)
            return await RefusalAsync(enterpriseId, cancellationToken);
        if (!ModelState.IsValid)
            return Page();
        var taxCode = Input.NormalisedTaxCode();
        if (await db.Enterprises.AnyAsync(e => e.ParkId == enterprise.ParkId && e.TaxCode == taxCode && e.Id != enterprise.Id, cancellationToken))
        {
            ModelState.AddModelError("Input.TaxCode", l["Mã số thuế {0} đã có trong khu công nghiệp này.", taxCode]);
            return Page();
        }
        enterprise.Update(Input.Name!, taxCode, Input.Sector!, Input.WorkforceSize);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/Enterprises/Details/{enterprise.Id}");
    }

    private async Task<Enterprise?> FindAsync(Guid enterpriseId, CancellationToken cancellationToken)
    {
        EnterpriseId = enterpriseId;
        var enterprise = await access.EditableEnterprises(db.Enterprises, db.Parks).SingleOrDefaultAsync(e => e.Id == enterpriseId, cancellationToken);
        if (enterprise is not null)
            ParkName = await db.Parks.Where(p => p.Id == enterprise.ParkId).Select(p => p.Name).SingleAsync(cancellationToken);
        return enterprise;
    }

    /// <summary>403 when the user may see the enterprise but not change it; 404 when it is not theirs to see.</summary>
    private async Task<IActionResult> RefusalAsync(Guid enterpriseId, CancellationToken cancellationToken) =>
        await access.VisibleEnterprises(db.Enterprises, db.Parks).AnyAsync(e => e.Id == enterpriseId, cancellationToken)
            ? StatusCode(StatusCodes.Status403Forbidden)
            : NotFound();
}
