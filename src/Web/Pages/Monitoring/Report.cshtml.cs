using Certification.Criteria.Evaluation;
using Certification.Web.Data;
using Certification.Web.Domain.Enterprises;
using Certification.Web.Domain.Monitoring;
using Certification.Web.Domain.Parks;
using Certification.Web.Domain;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Evidence;
using Certification.Web.Infrastructure.Monitoring;
using Certification.Web.Infrastructure.Reminders;
using Certification.Web.Pages.Criteria;
using Certification.Workflows.Clocks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Certification.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Certification.Web.Pages.Monitoring;

/// <summary>
/// One yearly report: the filer (park developer for A.4/A.5, enterprise for B.4/B.5) writes, attaches evidence and
/// submits it, or starts a correction of an accepted one; the Board of the province accepts it (the criteria are
/// re-evaluated on its data and the watch list follows) or returns it with reasons. Others who may see it read.
/// </summary>
public sealed class ReportModel(CertificationDbContext db, AccessPolicy access, AnnualReportReview review, AnnualReportEvaluator evaluator,
    IOptionsMonitor<ReminderOptions> reminders, IStringLocalizer<SharedResource> text, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ReportInput Input { get; set; } = new();

    [BindProperty]
    public string? ReturnReason { get; set; }

    /// <summary>Files chosen in the report's form: stored as the filer's evidence and attached in the same save.</summary>
    [BindProperty]
    public List<IFormFile> NewFiles { get; set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public AnnualReport Report { get; private set; } = null!;
    public Park Park { get; private set; } = null!;
    public Enterprise? Enterprise { get; private set; }
    public bool CanEdit { get; private set; }
    public bool CanReview { get; private set; }
    public bool CanCorrect { get; private set; }
    public DateOnly DueOn { get; private set; }
    public ReportFigures Figures { get; private set; } = null!;
    public SetEvaluation? Preview { get; private set; }
    public IReadOnlyList<(Guid Id, string Name)> FilerFiles { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Attached { get; private set; } = [];
    public string SubjectName => Enterprise?.Name ?? Park.Name;

    public async Task<IActionResult> OnGetAsync(Guid reportId, CancellationToken ct)
    {
        if (!await LoadAsync(reportId, ct))
            return NotFound();
        Input = ReportInput.From(Report);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid reportId, bool submit, [FromServices] EvidenceIntake intake, CancellationToken ct)
    {
        if (!await LoadAsync(reportId, ct))
            return NotFound();
        if (!CanEdit)
            return StatusCode(StatusCodes.Status403Forbidden);
        if (Input.Read(Report.Subject, ModelState, key => text[key].Value) is not { } content)
            return Page();
        // New files first, each into the filer's evidence store: a refused one is named beside the field, the text typed
        // is shown again, and the files taken before it wait ticked in the list (reloaded, so they are in it).
        foreach (var upload in NewFiles.Where(f => f.Length > 0 || f.FileName.Length > 0))
        {
            try
            {
                await using var stream = upload.OpenReadStream();
                Input.EvidenceFileIds.Add((await intake.AcceptAsync(stream, upload.FileName, ct)).Id);
            }
            catch (DomainException refused)
            {
                ModelState.AddModelError(nameof(NewFiles), $"{upload.FileName}: {refused.Message}");
                await LoadFilesAsync(ct);
                return Page();
            }
        }
        Report.Write(content);
        var filer = Enterprise?.OrganisationId ?? Park.InvestorOrganisationId;
        var files = await db.EvidenceFiles.Where(f => Input.EvidenceFileIds.Contains(f.Id) && f.OwnerOrganisationId == filer).ToListAsync(ct);
        files.ForEach(f => Report.AttachEvidence(f, filer));
        if (submit)
            Report.Submit(access.User.UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        Notice = submit ? "submitted" : "saved";
        return Redirect($"/Monitoring/Report/{reportId}");
    }

    public async Task<IActionResult> OnPostAcceptAsync(Guid reportId, CancellationToken ct)
    {
        if (!await LoadAsync(reportId, ct))
            return NotFound();
        if (!CanReview)
            return StatusCode(StatusCodes.Status403Forbidden);
        var entry = await review.AcceptAsync(Report, access.User.UserId, ct);
        await db.SaveChangesAsync(ct);
        Notice = entry is null ? "accepted" : entry.Status == WatchStatus.Remedied ? "accepted-remedied" : "accepted-watched";
        return Redirect($"/Monitoring/Report/{reportId}");
    }

    public async Task<IActionResult> OnPostReturnAsync(Guid reportId, CancellationToken ct)
    {
        if (!await LoadAsync(reportId, ct))
            return NotFound();
        if (!CanReview)
            return StatusCode(StatusCodes.Status403Forbidden);
        await review.ReturnAsync(Report, ReturnReason ?? "", access.User.UserId, ct);
        await db.SaveChangesAsync(ct);
        Notice = "returned";
        return Redirect($"/Monitoring/Report/{reportId}");
    }

    public async Task<IActionResult> OnPostCorrectAsync(Guid reportId, CancellationToken ct)
    {
        if (!await LoadAsync(reportId, ct))
            return NotFound();
        if (!CanCorrect)
            return StatusCode(StatusCodes.Status403Forbidden);
        var correction = Report.Correct(access.User.UserId, clock.GetUtcNow());
        db.AnnualReports.Add(correction);
        await db.SaveChangesAsync(ct);
        return Redirect($"/Monitoring/Report/{correction.Id}");
    }

    private async Task<bool> LoadAsync(Guid reportId, CancellationToken ct)
    {
        if (await access.VisibleAnnualReports(db.AnnualReports, db.Parks, db.Enterprises).Include(r => r.Evidence)
                .SingleOrDefaultAsync(r => r.Id == reportId, ct) is not { } report)
            return false;
        Report = report;
        Park = await db.Parks.AsNoTracking().SingleAsync(p => p.Id == report.ParkId, ct);
        Enterprise = report.EnterpriseId is { } id ? await db.Enterprises.AsNoTracking().SingleAsync(e => e.Id == id, ct) : null;
        var files = access.FilesReport(report, Park, Enterprise);
        CanEdit = files && report.IsEditable;
        CanReview = access.MonitorsProvince(Park.ProvinceId) && report.Status == AnnualReportStatus.Submitted;
        CanCorrect = files && report.Status == AnnualReportStatus.Accepted
            && !await db.AnnualReports.AnyAsync(r => r.SubjectId == report.SubjectId && r.ReportingYear == report.ReportingYear && r.Revision > report.Revision, ct);
        DueOn = ReportingYears.DueOn(report.ReportingYear, reminders.CurrentValue.AnnualReport);
        Figures = await ReportFigures.LoadAsync(db, report, ct);
        if (report.Evaluation is null)
        {
            var onDate = ReportingYears.EvaluationDate(report.ReportingYear, VietnamTime.Today(clock));
            Preview = await evaluator.EvaluateAsync(report, onDate, CriteriaText.CurrentLanguage, ct);
        }
        await LoadFilesAsync(ct);
        return true;
    }

    /// <summary>The filer's evidence files to tick (while the report is editable) and those attached.</summary>
    private async Task LoadFilesAsync(CancellationToken ct)
    {
        var filer = Enterprise?.OrganisationId ?? Park.InvestorOrganisationId;
        var attachedIds = Report.Evidence.Select(e => e.EvidenceFileId).ToList();
        var visible = await access.VisibleEvidence(db.EvidenceFiles, db.Organisations, db.Applications).AsNoTracking()
            .Where(f => (CanEdit && f.OwnerOrganisationId == filer) || attachedIds.Contains(f.Id))
            .OrderByDescending(f => f.UploadedAt).Select(f => new { f.Id, f.OriginalName }).ToListAsync(ct);
        FilerFiles = visible.Select(f => (f.Id, f.OriginalName)).ToList();
        Attached = FilerFiles.Where(f => attachedIds.Contains(f.Id)).ToList();
    }

    /// <summary>A POST without a handler name would render the page without data; it is not found instead.</summary>
    public override void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null)
            context.Result = NotFound();
    }
}
