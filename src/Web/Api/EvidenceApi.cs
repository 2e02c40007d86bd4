using Certification.Web.Data;
using Certification.Web.Domain;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Evidence;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Api;

public static class EvidenceApi
{
    public static void MapEvidenceApi(this RouteGroupBuilder api)
    {
        var evidence = api.MapGroup("/evidence");

        evidence.MapPost("/", async (HttpRequest request, EvidenceIntake intake, CancellationToken cancellationToken) =>
        {
            if (!request.HasFormContentType)
                throw new DomainException("Evidence.NoFile", "Chưa chọn tệp.");
            var form = await request.ReadFormAsync(cancellationToken);
            var upload = form.Files.Count == 1 ? form.Files[0] : throw new DomainException("Evidence.NoFile", "Chưa chọn tệp.");
            await using var stream = upload.OpenReadStream();
            var file = await intake.AcceptAsync(stream, upload.FileName, cancellationToken);
            return Results.Created($"/api/evidence/{file.Id}", new { file.Id, file.OriginalName, file.ContentType, file.SizeBytes, file.Sha256 });
        }).DisableAntiforgery(); // API callers authenticate with the cookie and SameSite=Lax; multipart from scripts carries no token.

        evidence.MapGet("/{fileId:guid}", async (Guid fileId, CertificationDbContext db, AccessPolicy access, EvidenceStore store, CancellationToken cancellationToken) =>
        {
            var file = await access.VisibleEvidence(db.EvidenceFiles, db.Organisations).SingleOrDefaultAsync(f => f.Id == fileId, cancellationToken);
            if (file is null)
                return Results.NotFound();
            // PDFs and images open in the browser; Office files download. The name is only a header value.
            var inline = file.ContentType is "application/pdf" or "image/png" or "image/jpeg";
            return Results.File(store.Open(file.Sha256), file.ContentType, inline ? null : file.OriginalName, enableRangeProcessing: true);
        });

        evidence.MapDelete("/{fileId:guid}", async (Guid fileId, CertificationDbContext db, AccessPolicy access, CancellationToken cancellationToken) =>
        {
            var file = await access.VisibleEvidence(db.EvidenceFiles, db.Organisations).SingleOrDefaultAsync(f => f.Id == fileId, cancellationToken);
            if (file is null || !await access.DeletableEvidence(db.EvidenceFiles).AnyAsync(f => f.Id == fileId, cancellationToken))
            {
                if (file is null)
                    return Results.NotFound();
                file.EnsureCanBeDeleted();
                return Results.Forbid();
            }
            db.EvidenceFiles.Remove(file);
            await db.SaveChangesAsync(cancellationToken);
            return Results.NoContent(); // the bytes stay: other rows may share the same content address
        });
    }
}
