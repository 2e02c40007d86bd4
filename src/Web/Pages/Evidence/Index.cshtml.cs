using System.ComponentModel.DataAnnotations;
using Certification.Web.Data;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Evidence;
using Certification.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Certification.Web.Pages.Evidence;

/// <summary>The evidence files of the user's organisation, and the form to upload one more.</summary>
public sealed class IndexModel(CertificationDbContext db, AccessPolicy access, EvidenceIntake intake, EvidenceOptions options,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    [Display(Name = "Tệp")]
    public IFormFile? Upload { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public IReadOnlyList<FileRow> Files { get; private set; } = [];
    public long MaxFileBytes => options.MaxFileBytes;

    public sealed record FileRow(Guid Id, string Name, string ContentType, long SizeBytes, DateTimeOffset UploadedAt, bool IsLocked);

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadFilesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Loaded first: a refused upload shows this page again with its message.
        await LoadFilesAsync(cancellationToken);
        if (Upload is null)
            ModelState.AddModelError(nameof(Upload), l["Chưa chọn tệp."]);
        if (!ModelState.IsValid)
            return Page();
        await using var content = Upload!.OpenReadStream();
        var file = await intake.AcceptAsync(content, Upload.FileName, cancellationToken);
        Notice = l["Đã tải lên {0}.", file.OriginalName];
        return RedirectToPage();
    }

    private async Task LoadFilesAsync(CancellationToken cancellationToken) =>
        Files = await access.VisibleEvidence(db.EvidenceFiles, db.Organisations, db.Applications)
            .Where(f => f.OwnerOrganisationId == access.User.OrganisationId)
            .OrderByDescending(f => f.UploadedAt)
            .Select(f => new FileRow(f.Id, f.OriginalName, f.ContentType, f.SizeBytes, f.UploadedAt, f.LockedAt != null))
            .ToListAsync(cancellationToken);
}
