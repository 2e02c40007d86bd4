using Certification.Web.Data;
using Certification.Web.Domain.Applications;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Workflows;
using Certification.Web.Resources;
using Certification.Workflows.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Certification.Web.Pages.Applications;

/// <summary>
/// One application for everybody allowed to see it: where it stands, who holds it now and until when, the dossier, the
/// routing, the timeline of steps (journal) and the process diagram with the current steps highlighted. The applicant
/// adds dossier files here while the dossier is theirs.
/// </summary>
public sealed class DetailsModel(CertificationDbContext db, AccessPolicy access, ApplicationReader reader, WorkflowHost host,
    IStringLocalizer<SharedResource> l, TimeProvider clock) : PageModel
{
    public ApplicationView View { get; private set; } = null!;
    public string Diagram { get; private set; } = "";
    public bool CanAttach { get; private set; }

    /// <summary>The issued certificate's verification code (public page), when the application is certified.</summary>
    public string? CertificateCode { get; private set; }
    public IReadOnlyList<(Guid Id, string Name)> OwnFiles { get; private set; } = [];

    [BindProperty] public DossierDocumentKind? Part { get; set; }
    [BindProperty] public Guid? FileId { get; set; }

    public static readonly IReadOnlyList<DossierDocumentKind> AttachableParts =
        [DossierDocumentKind.Registration, DossierDocumentKind.OperationReport, DossierDocumentKind.SelfEvaluation, DossierDocumentKind.Other];

    public async Task<IActionResult> OnGetAsync(Guid applicationId, CancellationToken cancellationToken) =>
        await LoadAsync(applicationId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAttachAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var application = await access.VisibleApplications(db.Applications).Include(a => a.Documents)
            .SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null)
            return NotFound();
        if (application.ApplicantOrganisationId != access.User.OrganisationId)
            return Forbid();
        if (Part is not { } part || !AttachableParts.Contains(part))
            ModelState.AddModelError(nameof(Part), l["Vui lòng chọn {0}.", l["Thành phần hồ sơ"]]);
        if (FileId is not { } fileId || !await db.EvidenceFiles.AnyAsync(f => f.Id == fileId && f.OwnerOrganisationId == access.User.OrganisationId, cancellationToken))
            ModelState.AddModelError(nameof(FileId), l["Vui lòng chọn {0}.", l["Tệp"]]);
        if (ModelState.IsValid)
        {
            application.AttachDocument(Part!.Value, FileId!.Value, null, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return Redirect($"/Applications/Details/{applicationId}");
        }
        await LoadAsync(applicationId, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        if (await reader.ReadAsync(access, applicationId, cancellationToken) is not { } view)
            return false;
        View = view;
        var definition = (await host.RegistryAsync(cancellationToken)).Get(view.DefinitionName, view.DefinitionVersion);
        Diagram = WorkflowDiagram.Render(definition, new DiagramOptions
        {
            HighlightedActivityIds = view.OpenSteps.Select(s => s.ActivityId).ToList(),
            FaultedActivityIds = view.Incidents.Where(i => i.IsOpen).Select(i => i.ActivityId).ToList(),
            ActivityName = id => l[ProcessLabels.Step(id)],
            ActivityDetail = activity => ProcessLabels.Detail(activity, l),
            OutcomeName = outcome => l[ProcessLabels.Outcome(outcome)],
        });
        if (view.CertificateNumber is { } number)
            CertificateCode = await db.Certificates.Where(c => c.Number == number).Select(c => c.VerificationCode).FirstOrDefaultAsync(cancellationToken);
        CanAttach = view.ApplicantOrganisationId == access.User.OrganisationId
            && view.Status is ApplicationStatus.Draft or ApplicationStatus.Incomplete;
        if (CanAttach)
            OwnFiles = (await db.EvidenceFiles.Where(f => f.OwnerOrganisationId == access.User.OrganisationId).OrderBy(f => f.OriginalName)
                .Select(f => new { f.Id, f.OriginalName }).ToListAsync(cancellationToken)).Select(f => (f.Id, f.OriginalName)).ToList();
        return true;
    }

    /// <summary>Razor Pages would render this page without data for a verb it has no handler for.</summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null)
            context.Result = NotFound();
    }
}
