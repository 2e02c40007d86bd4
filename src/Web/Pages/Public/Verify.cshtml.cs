using Certification.Web.Data;
using Certification.Web.Domain.Certificates;
using Certification.Web.Infrastructure.Evidence;
using Certification.Workflows.Clocks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Pages.Public;

/// <summary>
/// Public verification, no sign-in: the QR code on a certificate leads to /Verify/{code}; anyone can also look a
/// certificate up by its number. Answers valid, expired, revoked (with date and reason) or unknown (404).
/// </summary>
public sealed class VerifyModel(CertificationDbContext db, EvidenceStore store, TimeProvider clock) : PageModel
{
    public sealed record Finding(string Number, CertificateKind Kind, string SubjectName, string IssuerName, DateOnly IssuedOn,
        DateOnly? ValidUntil, CertificateStatus Status, DateOnly? RevokedOn, string? RevocationReason, string Code,
        DateOnly? ReplacedOn = null, string? ReplacedByNumber = null, bool IsDemo = false);

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Number { get; set; }

    public Finding? Certificate { get; private set; }
    public bool Searched { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Today = VietnamTime.Today(clock);
        var code = Code?.Trim().ToLowerInvariant();
        var number = Number?.Trim();
        if (string.IsNullOrEmpty(code) && string.IsNullOrEmpty(number))
            return Page();

        Searched = true;
        var found = await db.Certificates.AsNoTracking()
            .Where(c => string.IsNullOrEmpty(code) ? c.Number == number : c.VerificationCode == code)
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        Certificate = new Finding(found.Number, found.Kind, found.SubjectName, found.IssuerName, found.IssuedOn, found.ValidUntil,
            found.StatusOn(Today), found.RevokedOn, found.RevocationReason, found.VerificationCode, found.ReplacedOn, found.ReplacedByNumber,
            await DemoCertificates.Ids(db).ContainsAsync(found.Id, cancellationToken));
        return Page();
    }

    /// <summary>Nothing is posted here; looking up is a GET so the address can be shared.</summary>
    public IActionResult OnPost() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    /// <summary>The PDF exactly as stored at issue.</summary>
    public async Task<IActionResult> OnGetPdfAsync(CancellationToken cancellationToken)
    {
        var code = Code?.Trim().ToLowerInvariant();
        var file = await (
                from certificate in db.Certificates
                join evidence in db.EvidenceFiles on certificate.PdfFileId equals evidence.Id
                where certificate.VerificationCode == code
                select new { evidence.Sha256, certificate.Number })
            .SingleOrDefaultAsync(cancellationToken);
        if (file is null || !store.Exists(file.Sha256))
            return NotFound();
        var name = "giay-chung-nhan-" + string.Concat(file.Number.Select(ch => char.IsLetterOrDigit(ch) ? ch : '-')) + ".pdf";
        return File(store.Open(file.Sha256), "application/pdf", name);
    }
}
