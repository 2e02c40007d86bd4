using Certification.Criteria.Indicators;
using Certification.Criteria.Sets;
using Certification.Web.Domain.Assessment;
using Certification.Web.Infrastructure.Assessment;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Certification.Web.Pages.Criteria;

/// <summary>
/// The indicator catalogue: every indicator of a published version of the park set or the enterprise set, with its
/// legal basis, threshold, provenance, reviewing body and the evidence it asks for. Open to every signed-in user.
/// </summary>
public sealed class IndexModel(IndicatorSetVersions sets, TimeProvider clock) : PageModel
{
    /// <summary>"park" or "enterprise".</summary>
    [BindProperty(SupportsGet = true, Name = "set")]
    public string Subject { get; set; } = "park";

    [BindProperty(SupportsGet = true, Name = "version")]
    public int? RequestedVersion { get; set; }

    public IReadOnlyList<IndicatorSetVersion> Versions { get; private set; } = [];
    public IndicatorSetVersion Shown { get; private set; } = null!;
    public IndicatorSet Set { get; private set; } = null!;
    public int? VersionInForce { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var setId = Subject == "enterprise" ? NationalIndicatorSets.EcoEnterpriseSetId : NationalIndicatorSets.EcoIndustrialParkSetId;
        Subject = Subject == "enterprise" ? "enterprise" : "park";
        Versions = await sets.PublishedAsync(setId, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        VersionInForce = (await sets.CurrentAsync(setId, today, cancellationToken))?.Version;
        var shown = RequestedVersion is { } requested
            ? Versions.FirstOrDefault(v => v.Version == requested)
            : Versions.FirstOrDefault(v => v.Version == VersionInForce) ?? Versions.FirstOrDefault();
        if (shown is null)
            return NotFound();
        Shown = shown;
        Set = sets.Parse(shown);
        return Page();
    }

    /// <summary>A read-only page: other verbs are not found rather than rendered without data.</summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null)
            context.Result = NotFound();
    }
}
