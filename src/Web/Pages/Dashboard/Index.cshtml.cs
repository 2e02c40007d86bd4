using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Dashboard;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Pages.Criteria;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Certification.Web.Pages.Dashboard;

/// <summary>
/// The province dashboard (issue #6) for the Board, the Committee and the Administrator of the province: targets and
/// progress, the certification pipeline with expected decision dates and blockers, the province indicators by year,
/// review performance by body and the parks × indicators heat map. Read-only; the exports are on <see cref="ExportModel"/>.
/// </summary>
[Authorize(Roles = $"{Roles.Board},{Roles.Committee},{Roles.Administrator}")]
public sealed class IndexModel(DashboardReader reader, AccessPolicy access, IOptions<TargetOptions> targets, DashboardText text) : PageModel
{
    public DashboardFigures Figures { get; private set; } = null!;
    public TargetOptions Targets => targets.Value;
    public DashboardText Text => text;

    /// <summary>Read-only: a POST has nothing to do here (without this, Razor Pages would render the page with no figures).</summary>
    public IActionResult OnPost() => NotFound();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await reader.ReadAsync(access, CriteriaText.CurrentLanguage, cancellationToken) is not { } figures)
            return Forbid();
        Figures = figures;
        return Page();
    }
}
