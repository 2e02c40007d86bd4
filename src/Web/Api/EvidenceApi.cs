using Certification.Web.Data;
using Certification.Web.Domain;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Evidence;
using Certification.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace Certification.Web.Api;

public static class EvidenceApi
{
    public static void MapEvidenceApi(this RouteGroupBuilder api)
    {
        var evidence = api.MapGroup("/evidence");

        evidence.MapPost("/", async (HttpRequest request, EvidenceIntake intake, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
        {
            if (!request.HasFormContentType)
                throw new DomainException("Evidence.NoFile", "Chưa chọn tệp.");
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is InvalidDataException or IOException and not BadHttpRequestException)
            {
                // A broken multipart body (bad boundary, truncated part, over the form limits) is the caller's error,
                // as MVC's form reading also treats it. A body over the server's limit keeps its own status (413).
                var errors = new InputErrors(l);
                errors.Add("", "Nội dung tải lên không đúng định dạng multipart/form-data.");
                return errors.Problem();
            }
            var upload = form.Files.Count == 1 ? form.Files[0] : throw new DomainException("Evidence.NoFile", "Chưa chọn tệp.");
            await using var stream = upload.OpenReadStream();
            var file = await intake.AcceptAsync(stream, upload.FileName, cancellationToken);
            return Results.Created($"/api/evidence/{file.Id}", new { file.Id, file.OriginalName, file.ContentType, file.SizeBytes, file.Sha256 });
        }).DisableAntiforgery(); // API callers authenticate with the cookie and SameSite=Lax; multipart from scripts carries no token.

        evidence.MapGet("/{fileId:guid}", async (Guid fileId, HttpResponse response, CertificationDbContext db, AccessPolicy access,
            EvidenceStore store, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
        {
            var file = await access.VisibleEvidence(db.EvidenceFiles, db.Organisations, db.Applications)
                .Where(f => f.Id == fileId)
                .Select(f => new { f.Sha256, f.ContentType, f.OriginalName })
                .SingleOrDefaultAsync(cancellationToken);
            if (file is null)
                return Problems.NotFound(l);
            // PDFs and images open in the browser; Office files download. The name is only a header value.
            var inline = file.ContentType is "application/pdf" or "image/png" or "image/jpeg";
            response.Headers.ContentDisposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment") { FileNameStar = file.OriginalName }.ToString();
            response.Headers.XContentTypeOptions = "nosniff";
            return Results.File(store.Open(file.Sha256), file.ContentType, enableRangeProcessing: true);
        });

        evidence.MapDelete("/{fileId:guid}", async (Guid fileId, CertificationDbContext db, AccessPolicy access, IStringLocalizer<SharedResource> l,
            CancellationToken cancellationToken) =>
        {
            var file = await access.VisibleEvidence(db.EvidenceFiles, db.Organisations, db.Applications).SingleOrDefaultAsync(f => f.Id == fileId, cancellationToken);
            if (file is null)
                return Problems.NotFound(l);
            file.EnsureCanBeDeleted(); // a locked file: 422 with the reason, for owner and onlooker alike
            if (!await access.DeletableEvidence(db.EvidenceFiles).AnyAsync(f => f.Id == fileId, cancellationToken))
                return Problems.Forbidden(l);
            db.EvidenceFiles.Remove(file);
            await db.SaveChangesAsync(cancellationToken);
            return Results.NoContent(); // the bytes stay: other rows may share the same content address
        });
    }
}
