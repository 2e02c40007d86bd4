using System.ComponentModel.DataAnnotations;
using Certification.Web.Data;
using Certification.Web.Domain.Organisations;
using Certification.Web.Domain.Parks;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Certification.Web.Pages.Parks;

/// <summary>
/// Registers a park. A park developer registers it for its own organisation; an administrator names the
/// investor among the investor organisations of the province.
/// </summary>
public sealed class CreateModel(CertificationDbContext db, AccessPolicy access, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public ParkForm Input { get; set; } = new();

    [BindProperty]
    [Display(Name = "Chủ đầu tư")]
    public Guid? InvestorOrganisationId { get; set; }

    public IReadOnlyList<SelectListItem> Investors { get; private set; } = [];
    public bool ChoosesInvestor => access.User.IsIn(Roles.Administrator);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!access.CanCreateParks)
            return StatusCode(StatusCodes.Status403Forbidden);
        await LoadInvestorsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!access.CanCreateParks)
            return StatusCode(StatusCodes.Status403Forbidden);
        await LoadInvestorsAsync(cancellationToken);
        var investorId = ChoosesInvestor ? InvestorOrganisationId : access.User.OrganisationId;
        if (ChoosesInvestor && !Investors.Any(i => i.Value == InvestorOrganisationId?.ToString()))
            ModelState.AddModelError(nameof(InvestorOrganisationId), l["Vui lòng chọn {0}.", l["Chủ đầu tư"]]);
        if (!ModelState.IsValid)
            return Page();

        var provinceId = access.User.ProvinceId!.Value;
        var name = Input.Name!.Trim();
        if (await db.Parks.AnyAsync(p => p.ProvinceId == provinceId && p.Name == name, cancellationToken))
        {
            ModelState.AddModelError("Input.Name", l["Tỉnh đã có khu công nghiệp tên {0}.", name]);
            return Page();
        }
        var park = new Park(name, provinceId, investorId!.Value, Input.Area(), Input.EstablishedOn!.Value, Input.Kind());
        db.Parks.Add(park);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/Parks/Details/{park.Id}");
    }

    private async Task LoadInvestorsAsync(CancellationToken cancellationToken)
    {
        if (!ChoosesInvestor)
            return;
        Investors = await db.Organisations
            .Where(o => o.Kind == OrganisationKind.ParkInvestor && o.ProvinceId == access.User.ProvinceId)
            .OrderBy(o => o.Name)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString()))
            .ToListAsync(cancellationToken);
    }
}
