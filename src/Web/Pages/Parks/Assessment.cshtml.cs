using Certification.Criteria.Indicators;
using Certification.Web.Data;
using Certification.Web.Domain;
using Certification.Web.Domain.Assessment;
using Certification.Web.Domain.Parks;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Assessment;
using Certification.Web.Pages.Criteria;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Pages.Parks;

/// <summary>
/// A park's self-assessment: the live evaluation against the set version in force today (gaps first), the developer's
/// answer form for each park-level indicator, and "save snapshot". The developer of the park edits; the Board,
/// Committee and Administrator of the province read.
/// </summary>
public sealed class AssessmentModel(CertificationDbContext db, AccessPolicy access, ParkEvaluator evaluator,
    ParkAnswerSaving saving, TimeProvider clock) : PageModel
{
    [BindProperty]
    public AnswerInput Answer { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public Park Park { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public ParkAssessmentResult Result { get; private set; } = null!;
    public IReadOnlyDictionary<string, ParkAnswer> Answers { get; private set; } = new Dictionary<string, ParkAnswer>();
    public IReadOnlyList<(Guid Id, string Name)> ParkFiles { get; private set; } = [];
    public IReadOnlyDictionary<string, string> EvidenceNames { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<ParkAssessmentRecord> Snapshots { get; private set; } = [];

    /// <summary>Indicator kinds the developer answers on this page; the others are computed from facts and the registry.</summary>
    public static bool IsAnswered(IndicatorKind kind) => kind is IndicatorKind.YesNo or IndicatorKind.Number or IndicatorKind.QuantityRatio;

    public async Task<IActionResult> OnGetAsync(Guid parkId, CancellationToken cancellationToken) =>
        await LoadAsync(parkId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAnswerAsync(Guid parkId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(parkId, cancellationToken))
            return NotFound();
        if (!CanEdit)
            return StatusCode(StatusCodes.Status403Forbidden);
        var indicator = Answer.Code is null ? null : Result.Evaluation.Find(Answer.Code)?.Indicator;
        if (await saving.SaveAsync(Park, indicator, Answer, ModelState, cancellationToken) is not { } saved)
            return Page();
        Notice = saved;
        return Redirect($"/Parks/{parkId}/Assessment#indicator-{Answer.Code}");
    }

    public async Task<IActionResult> OnPostSnapshotAsync(Guid parkId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(parkId, cancellationToken))
            return NotFound();
        var record = await evaluator.RecordAsync(parkId, Today, CriteriaText.CurrentLanguage, access.User.UserId, cancellationToken);
        Notice = $"snapshot:{record.SetId} v{record.SetVersion}";
        return Redirect($"/Parks/{parkId}/Assessment");
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    private async Task<bool> LoadAsync(Guid parkId, CancellationToken cancellationToken)
    {
        if (await access.AssessableParks(db.Parks).AsNoTracking().SingleOrDefaultAsync(p => p.Id == parkId, cancellationToken) is not { } park)
            return false;
        Park = park;
        CanEdit = await access.ParksWithEditableAssessment(db.Parks).AnyAsync(p => p.Id == parkId, cancellationToken);
        Result = await evaluator.EvaluateAsync(parkId, Today, CriteriaText.CurrentLanguage, cancellationToken);
        Answers = await db.ParkAnswers.AsNoTracking().Include(a => a.Evidence).Where(a => a.ParkId == parkId)
            .ToDictionaryAsync(a => a.IndicatorCode, StringComparer.Ordinal, cancellationToken);
        ParkFiles = (await db.EvidenceFiles.AsNoTracking().Where(f => f.OwnerOrganisationId == park.InvestorOrganisationId)
            .OrderByDescending(f => f.UploadedAt).Select(f => new { f.Id, f.OriginalName }).ToListAsync(cancellationToken))
            .Select(f => (f.Id, f.OriginalName)).ToList();
        var used = Result.Evaluation.Indicators.SelectMany(r => r.EvidenceIds).Select(Guid.Parse).Distinct().ToList();
        EvidenceNames = await access.VisibleEvidence(db.EvidenceFiles, db.Organisations, db.Applications).Where(f => used.Contains(f.Id))
            .ToDictionaryAsync(f => f.Id.ToString(), f => f.OriginalName, cancellationToken);
        Snapshots = await db.ParkAssessmentRecords.AsNoTracking().Where(r => r.ParkId == parkId)
            .OrderByDescending(r => r.RecordedAt).Take(5).ToListAsync(cancellationToken);
        return true;
    }

    /// <summary>A POST without a handler name would render the page without data; it is not found instead.</summary>
    public override void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null)
            context.Result = NotFound();
    }
}
