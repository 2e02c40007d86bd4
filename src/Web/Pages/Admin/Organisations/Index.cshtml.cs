using Certification.Web.Data;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Pages.Admin.Organisations;

/// <summary>The organisations an administrator manages, so people can be invited into them.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class IndexModel(CertificationDbContext db, AccessPolicy access) : PageModel
{
    public const string CreatedKey = "Admin.OrganisationCreated";

    public IReadOnlyList<OrganisationRow> Organisations { get; private set; } = [];

    [TempData(Key = CreatedKey)]
    public string? Created { get; set; }

    public sealed record OrganisationRow(Guid Id, string Name, OrganisationKind Kind, string? ReviewingBodyCode, bool IsNational, int Users, bool IsDemo);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Organisations = await access.ManageableOrganisations(db.Organisations)
            .OrderBy(o => o.Kind).ThenBy(o => o.Name)
            .Select(o => new OrganisationRow(o.Id, o.Name, o.Kind, o.ReviewingBodyCode, o.ProvinceId == null,
                db.Users.Count(u => u.OrganisationId == o.Id), o.IsDemo))
            .ToListAsync(cancellationToken);
    }
}
