using Certification.Web.Data;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Certification.Web.Pages.Evidence;

/// <summary>
/// Deletes an evidence file of the user's organisation that is not attached to a submission. The bytes stay in the
/// store: other rows may share the same content address.
/// </summary>
public sealed class DeleteModel(CertificationDbContext db, AccessPolicy access, IStringLocalizer<SharedResource> l) : PageModel
{
    public Guid FileId { get; private set; }
    public string Name { get; private set; } = "";
    public long SizeBytes { get; private set; }
    public bool IsLocked { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid fileId, CancellationToken cancellationToken) =>
        await LoadAsync(fileId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid fileId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(fileId, cancellationToken) is { } refusal)
            return refusal;
        var file = await db.EvidenceFiles.SingleAsync(f => f.Id == fileId, cancellationToken);
        file.EnsureCanBeDeleted();
        db.EvidenceFiles.Remove(file);
        await db.SaveChangesAsync(cancellationToken);
        Notice = l["Đã xóa {0}.", Name];
        return Redirect("/Evidence");
    }

    /// <summary>
    /// Null when the page may go on: the file is deletable, or it is locked and the page says why it cannot go.
    /// 404 when the file is not the user's to see, 403 when they may see it but not delete it.
    /// </summary>
    private async Task<IActionResult?> LoadAsync(Guid fileId, CancellationToken cancellationToken)
    {
        FileId = fileId;
        var file = await access.VisibleEvidence(db.EvidenceFiles, db.Organisations, db.Applications)
            .Where(f => f.Id == fileId)
            .Select(f => new { f.OriginalName, f.SizeBytes, IsLocked = f.LockedAt != null })
            .SingleOrDefaultAsync(cancellationToken);
        if (file is null)
            return NotFound();
        Name = file.OriginalName;
        SizeBytes = file.SizeBytes;
        IsLocked = file.IsLocked;
        if (IsLocked || await access.DeletableEvidence(db.EvidenceFiles).AnyAsync(f => f.Id == fileId, cancellationToken))
            return null;
        return StatusCode(StatusCodes.Status403Forbidden);
    }
}
