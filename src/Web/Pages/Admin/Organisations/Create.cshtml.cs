using System.ComponentModel.DataAnnotations;
using Certification.Web.Data;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Certification.Web.Pages.Admin.Organisations;

/// <summary>
/// Adds an organisation in the administrator's province. Reviewing bodies created here are the provincial departments
/// (their code routes dossiers to them); ministries are national and already exist.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class CreateModel(CertificationDbContext db, AccessPolicy access, IStringLocalizer<SharedResource> l) : PageModel
{
    public static IReadOnlyList<(string Code, string Name)> ProvincialBodies { get; } =
        [.. ReviewingBodies.All.Where(b => !b.National).Select(b => (b.Code, b.Name))];

    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    public sealed class OrganisationInput
    {
        [Required(ErrorMessage = "Vui lòng nhập {0}.")]
        [StringLength(300, ErrorMessage = "{0} không được dài quá {1} ký tự.")]
        [Display(Name = "Tên tổ chức")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "Vui lòng chọn {0}.")]
        [Display(Name = "Loại tổ chức")]
        public OrganisationKind? Kind { get; set; }

        [Display(Name = "Mã cơ quan thẩm định")]
        public string? ReviewingBodyCode { get; set; }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var provinceId = access.User.ProvinceId
            ?? throw new InvalidOperationException("An administrator belongs to a management board, which always has a province.");
        string? code = null;
        if (Input.Kind == OrganisationKind.ReviewingBody)
        {
            code = ProvincialBodies.Select(b => b.Code).SingleOrDefault(c => c == Input.ReviewingBodyCode);
            if (code is null)
                ModelState.AddModelError("Input.ReviewingBodyCode", l["Vui lòng chọn {0}.", l["Mã cơ quan thẩm định"]]);
            else if (await db.Organisations.AnyAsync(o => o.ProvinceId == provinceId && o.ReviewingBodyCode == code, cancellationToken))
                ModelState.AddModelError("Input.ReviewingBodyCode", l["Tỉnh đã có cơ quan thẩm định mã {0}.", code]);
        }
        if (!ModelState.IsValid)
            return Page();

        var organisation = new Organisation(Input.Name, Input.Kind!.Value, provinceId, code);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(cancellationToken);
        TempData[IndexModel.CreatedKey] = organisation.Name;
        return RedirectToPage("./Index");
    }
}
