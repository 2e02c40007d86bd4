using System.ComponentModel.DataAnnotations;
using Certification.Web.Data;
using Certification.Web.Domain.Enterprises;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Certification.Web.Pages.Enterprises;

/// <summary>Adds an enterprise to one of the parks that accept new enterprises from this user.</summary>
public sealed class CreateModel(CertificationDbContext db, AccessPolicy access, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public EnterpriseForm Input { get; set; } = new();

    /// <summary>Also read from the query (?parkId=) to preselect the park the user came from.</summary>
    [BindProperty(SupportsGet = true)]
    [Required(ErrorMessage = "Vui lòng chọn khu công nghiệp.")]
    [Display(Name = "Thuộc khu công nghiệp")]
    public Guid? ParkId { get; set; }

    public IReadOnlyList<SelectListItem> Parks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // A preselection is only a convenience; a malformed or foreign one is simply not preselected.
        ModelState.Clear();
        await LoadParksAsync(cancellationToken);
        if (!Parks.Any(p => p.Value == ParkId?.ToString()))
            ParkId = null;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadParksAsync(cancellationToken);
        if (ParkId is not null && !Parks.Any(p => p.Value == ParkId.ToString()))
            ModelState.AddModelError(nameof(ParkId), l["Vui lòng chọn khu công nghiệp."]);
        if (!ModelState.IsValid)
            return Page();

        var parkId = ParkId!.Value;
        var taxCode = Input.NormalisedTaxCode();
        if (await db.Enterprises.AnyAsync(e => e.ParkId == parkId && e.TaxCode == taxCode, cancellationToken))
        {
            ModelState.AddModelError("Input.TaxCode", l["Mã số thuế {0} đã có trong khu công nghiệp này.", taxCode]);
            return Page();
        }
        var enterprise = new Enterprise(Input.Name!, taxCode, Input.Sector!, Input.WorkforceSize, parkId);
        db.Enterprises.Add(enterprise);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/Enterprises/Details/{enterprise.Id}");
    }

    private async Task LoadParksAsync(CancellationToken cancellationToken) =>
        Parks = await access.ParksAcceptingEnterprises(db.Parks)
            .OrderBy(p => p.Name)
            .Select(p => new SelectListItem(p.Name, p.Id.ToString()))
            .ToListAsync(cancellationToken);
}
