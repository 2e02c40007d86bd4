using Certification.Web.Data;
using Certification.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Pages.Evidence;

/// <summary>One evidence file: its details and, for PDF and images, the file itself shown in the page.</summary>
public sealed class ViewModel(CertificationDbContext db, AccessPolicy access) : PageModel
{
    public FileView Evidence { get; private set; } = null!;
    public bool CanDelete { get; private set; }

    public sealed record FileView(Guid Id, string Name, string ContentType, long SizeBytes, string Sha256,
        DateTimeOffset UploadedAt, string Owner, bool IsLocked);

    public async Task<IActionResult> OnGetAsync(Guid fileId, CancellationToken cancellationToken)
    {
        var file = await (
                from f in access.VisibleEvidence(db.EvidenceFiles, db.Organisations, db.Applications)
                join owner in db.Organisations on f.OwnerOrganisationId equals owner.Id
                where f.Id == fileId
                select new FileView(f.Id, f.OriginalName, f.ContentType, f.SizeBytes, f.Sha256, f.UploadedAt, owner.Name, f.LockedAt != null))
            .SingleOrDefaultAsync(cancellationToken);
        if (file is null)
            return NotFound();
        Evidence = file;
        CanDelete = await access.DeletableEvidence(db.EvidenceFiles).AnyAsync(f => f.Id == fileId, cancellationToken);
        return Page();
    }

    /// <summary>Razor Pages would render this read-only page without data for a verb it has no handler for.</summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null)
            context.Result = NotFound();
    }
}
