using Certification.Web.Data;
using Certification.Web.Domain.Applications;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Infrastructure.Workflows;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Certification.Web.Resources;

namespace Certification.Web.Pages.Applications;

/// <summary>The certification applications the user may see; a park developer opens a new one for a park here.</summary>
public sealed class IndexModel(CertificationDbContext db, AccessPolicy access, ApplicationOpening opening, IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<Row> Applications { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> ParksToApplyFor { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> EnterprisesToApplyFor { get; private set; } = [];

    [BindProperty] public Guid? ParkId { get; set; }
    [BindProperty] public Guid? EnterpriseId { get; set; }

    public sealed record Row(Guid Id, string Park, string Kind, string Status, DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt,
        string? CertificateNumber, bool IsDemo);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var kind = EnterpriseId is null ? ApplicationKind.EcoIndustrialPark : ApplicationKind.EcoEnterprise;
        if (ParkId is null && EnterpriseId is null)
            ModelState.AddModelError(nameof(ParkId), l["Vui lòng chọn khu công nghiệp."]);
        var application = ModelState.IsValid
            ? await opening.OpenAsync(access, kind, ParkId, EnterpriseId, isDemo: false, cancellationToken)
            : null;
        if (application is not null)
            return Redirect($"/Applications/Details/{application.Id}");
        if (ModelState.IsValid)
            return NotFound();
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Applications = await (
                from a in access.VisibleApplications(db.Applications)
                join p in db.Parks on a.ParkId equals p.Id
                orderby a.CreatedAt descending
                select new Row(a.Id, p.Name, a.Kind.ToString(), a.Status, a.CreatedAt, a.SubmittedAt, a.CertificateNumber, a.IsDemo))
            .ToListAsync(cancellationToken);
        if (access.User.IsIn(Roles.ParkDeveloper))
            ParksToApplyFor = (await db.Parks.Where(p => p.InvestorOrganisationId == access.User.OrganisationId).OrderBy(p => p.Name)
                .Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken)).Select(p => (p.Id, p.Name)).ToList();
        if (access.User.IsIn(Roles.Enterprise))
            EnterprisesToApplyFor = (await db.Enterprises.Where(e => e.OrganisationId == access.User.OrganisationId).OrderBy(e => e.Name)
                .Select(e => new { e.Id, e.Name }).ToListAsync(cancellationToken)).Select(e => (e.Id, e.Name)).ToList();
    }
}
