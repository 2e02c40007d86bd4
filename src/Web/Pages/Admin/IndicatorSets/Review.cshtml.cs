using Certification.Criteria.Catalogue;
using Certification.Criteria.Indicators;
using Certification.Web.Domain.Assessment;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Assessment;
using Certification.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Certification.Web.Pages.Admin.IndicatorSets;

/// <summary>
/// One stored version and what changed against the highest published version of the same set; a draft can be
/// published from here (the change is audit-logged by the save).
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class ReviewModel(IndicatorSetVersions sets, CurrentUser user) : PageModel
{
    public IndicatorSetVersion Version { get; private set; } = null!;
    public IndicatorSet Set { get; private set; } = null!;

    /// <summary>Null when no other version of the set is published (a new set: every indicator is new).</summary>
    public IndicatorSetDiff? Diff { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        await sets.PublishAsync(id, user.UserId, cancellationToken);
        return Redirect($"/Admin/IndicatorSets/Review?id={id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await sets.FindAsync(id, cancellationToken) is not { } version)
            return false;
        Version = version;
        Set = sets.Parse(version);
        var baseline = (await sets.PublishedAsync(version.SetId, cancellationToken)).FirstOrDefault(v => v.Id != version.Id && v.Version < version.Version);
        Diff = baseline is null ? null : IndicatorSetDiff.Compare(sets.Parse(baseline), Set);
        return true;
    }

    /// <summary>A POST without a handler name would render the page without data; it is not found instead.</summary>
    public override void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null)
            context.Result = NotFound();
    }
}
