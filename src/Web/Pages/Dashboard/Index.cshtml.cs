using Certification.Web.Data;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Dashboard;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Infrastructure.NewParks;
using Certification.Web.Pages.Criteria;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Certification.Web.Pages.Dashboard;

/// <summary>
/// The province dashboard (issue #6) for the Board, the Committee and the Administrator of the province: targets and
/// progress, the certification pipeline with expected decision dates and blockers, the province indicators by year,
/// review performance by body, the new parks' 8-year deadlines and the parks × indicators heat map. Read-only; the exports are on <see cref="ExportModel"/>.
/// </summary>
[Authorize(Roles = $"{Roles.Board},{Roles.Committee},{Roles.Administrator}")]
public sealed class IndexModel(DashboardReader reader, NewParkProgressQuery newParks, CertificationDbContext db, AccessPolicy access,
    DashboardText text) : PageModel
{
    public DashboardFigures Figures { get; private set; } = null!;

    /// <summary>The province's newly established parks against their 8-year deadline (Decree 35 Art 38), nearest first.</summary>
    public IReadOnlyList<NewParkProgress> NewParks { get; private set; } = [];
    public DashboardText Text => text;

    /// <summary>Read-only: a POST has nothing to do here (without this, Razor Pages would render the page with no figures).</summary>
    public IActionResult OnPost() => NotFound();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await reader.ReadAsync(access, CriteriaText.CurrentLanguage, cancellationToken) is not { } figures)
            return Forbid();
        Figures = figures;
        NewParks = (await newParks.ForParksAsync(access.NewParksOnWatch(db.Parks), CriteriaText.CurrentLanguage, cancellationToken))
            .OrderBy(p => p.IsCertified).ThenBy(p => p.LastDay).ToList();
        return Page();
    }
}
