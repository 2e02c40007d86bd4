using Certification.Web.Data;
using Certification.Web.Domain.Applications;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Certificates;
using Certification.Workflows.Clocks;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Infrastructure.Workflows;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Certification.Web.Resources;

namespace Certification.Web.Pages.Applications;

/// <summary>The certification applications the user may see; a park developer opens a new one for a park here.</summary>
public sealed class IndexModel(CertificationDbContext db, AccessPolicy access, ApplicationOpening opening, RecertificationOpening renewal,
    IOptions<WorkflowSettings> settings, IStringLocalizer<SharedResource> l, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Row> Applications { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> ParksToApplyFor { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> EnterprisesToApplyFor { get; private set; } = [];

    /// <summary>The user's enterprises that cannot apply as eco-enterprises yet, with the park and the reason (Art 37.2 (4)).</summary>
    public IReadOnlyList<(string Name, string Park, string Reason)> EnterprisesNotYetEligible { get; private set; } = [];

    /// <summary>The user's parks or enterprises whose certificate may be renewed now (Art 45), with the certificate number.</summary>
    public IReadOnlyList<(Guid? ParkId, Guid? EnterpriseId, string Name, string CertificateNumber)> Renewable { get; private set; } = [];

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

    /// <summary>Opens a re-certification application for the chosen park (developer) or enterprise.</summary>
    public async Task<IActionResult> OnPostRenewAsync(CancellationToken cancellationToken)
    {
        var kind = EnterpriseId is null ? ApplicationKind.EcoIndustrialPark : ApplicationKind.EcoEnterprise;
        if (ParkId is null && EnterpriseId is null)
        {
            ModelState.AddModelError(nameof(ParkId), l["Vui lòng chọn khu công nghiệp."]);
            await LoadAsync(cancellationToken);
            return Page();
        }
        var application = await renewal.OpenAsync(access, kind, ParkId, EnterpriseId, isDemo: false, cancellationToken);
        return application is null ? NotFound() : Redirect($"/Applications/Details/{application.Id}");
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
            await LoadEnterprisesAsync(cancellationToken);
        await LoadRenewableAsync(cancellationToken);
    }

    private async Task LoadRenewableAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var subjects = EnterprisesToApplyFor.Select(e => ((Guid?)null, (Guid?)e.Id, e.Name))
            .Concat(ParksToApplyFor.Select(p => ((Guid?)p.Id, (Guid?)null, p.Name))).ToList();
        var renewable = new List<(Guid?, Guid?, string, string)>();
        foreach (var (parkId, enterpriseId, name) in subjects)
        {
            var park = parkId ?? await db.Enterprises.Where(e => e.Id == enterpriseId).Select(e => e.ParkId).SingleAsync(cancellationToken);
            var found = await RenewableCertificate.FindAsync(db, park, enterpriseId, today, settings.Value.RecertificationOpensDaysBeforeExpiry, cancellationToken);
            if (found.Certificate is { } certificate)
                renewable.Add((parkId, enterpriseId, name, certificate.Number));
        }
        Renewable = renewable;
    }

    private async Task LoadEnterprisesAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var own = await db.Enterprises.Where(e => e.OrganisationId == access.User.OrganisationId).OrderBy(e => e.Name)
            .Join(db.Parks, e => e.ParkId, p => p.Id, (e, p) => new { e.Id, e.Name, e.ParkId, Park = p.Name }).ToListAsync(cancellationToken);
        var eligible = new List<(Guid, string)>();
        var waiting = new List<(string, string, string)>();
        foreach (var enterprise in own)
        {
            if ((await ParkCertification.OfAsync(db, enterprise.ParkId, today, cancellationToken)).EnterpriseRefusal is { } reason)
                waiting.Add((enterprise.Name, enterprise.Park, reason));
            else
                eligible.Add((enterprise.Id, enterprise.Name));
        }
        (EnterprisesToApplyFor, EnterprisesNotYetEligible) = (eligible, waiting);
    }
}
