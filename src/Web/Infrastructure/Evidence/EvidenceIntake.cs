using Certification.Web.Data;
using Certification.Web.Domain;
using Certification.Web.Domain.Evidence;
using Certification.Web.Infrastructure.Access;

namespace Certification.Web.Infrastructure.Evidence;

/// <summary>
/// Accepts one uploaded file as evidence for the current user's organisation, or refuses it with a
/// <see cref="DomainException"/>. A refused upload leaves no file and no row behind.
/// </summary>
public sealed class EvidenceIntake(EvidenceStore store, EvidenceOptions options, CertificationDbContext db, CurrentUser user, TimeProvider clock)
{
    public async Task<EvidenceFile> AcceptAsync(Stream content, string originalName, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(originalName) || originalName.Contains('/') || originalName.Contains('\\')
            || originalName.Contains("..") || originalName.Any(char.IsControl))
            throw new DomainException("Evidence.BadName", "Tên tệp không hợp lệ.");
        var displayName = FileTypeSniffer.CleanDisplayName(originalName);
        if (displayName.Length == 0)
            throw new DomainException("Evidence.BadName", "Tên tệp không hợp lệ.");

        var staged = await store.StageAsync(content, cancellationToken);
        try
        {
            if (staged.Length == 0)
                throw new DomainException("Evidence.Empty", "Tệp rỗng.");
            if (staged.Length > options.MaxFileBytes)
                throw new DomainException("Evidence.TooLarge", "Tệp vượt quá dung lượng cho phép.");
            var contentType = FileTypeSniffer.ContentTypeOf(staged.Header, displayName)
                ?? throw new DomainException("Evidence.TypeNotAllowed", "Chỉ chấp nhận tệp PDF, PNG, JPEG, DOCX hoặc XLSX (kiểm tra theo nội dung tệp).");
            var file = new EvidenceFile(staged.Sha256, staged.Length, contentType, displayName, user.OrganisationId, user.UserId, clock.GetUtcNow());
            db.EvidenceFiles.Add(file);
            await db.SaveChangesAsync(cancellationToken);
            store.Commit(staged);
            return file;
        }
        catch
        {
            store.Discard(staged);
            throw;
        }
    }
}
