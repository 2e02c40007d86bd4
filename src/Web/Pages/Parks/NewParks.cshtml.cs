using Certification.Web.Data;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.NewParks;
using Certification.Web.Pages.Criteria;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Certification.Web.Pages.Parks;

/// <summary>
/// The Board's list of the province's newly established parks (Decree 35 Art 38): each park's 8-year deadline, time left
/// and criteria result per reporting year, nearest deadline first. Board, Committee and Administrator only.
/// </summary>
public sealed class NewParksModel(CertificationDbContext db, AccessPolicy access, NewParkProgressQuery progress) : PageModel
{
    public IReadOnlyList<NewParkProgress> Parks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!access.CanWatchNewParks)
            return Forbid();
        Parks = (await progress.ForParksAsync(access.NewParksOnWatch(db.Parks), CriteriaText.CurrentLanguage, cancellationToken))
            .OrderBy(p => p.IsCertified).ThenBy(p => p.LastDay).ToList();
        return Page();
    }

    /// <summary>Razor Pages would render this read-only page without data for a verb it has no handler for.</summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null)
            context.Result = NotFound();
    }
}
