namespace Certification.Web.Domain.Evidence;

/// <summary>
/// Metadata of an uploaded file. The bytes live in the evidence store under their SHA-256;
/// <see cref="OriginalName"/> is display metadata only and never used as a path.
/// </summary>
public sealed class EvidenceFile
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    /// <summary>Lower-case hex SHA-256 of the content, 64 characters.</summary>
    public string Sha256 { get; private set; } = "";
    public long SizeBytes { get; private set; }
    public string ContentType { get; private set; } = "";
    public string OriginalName { get; private set; } = "";
    public Guid OwnerOrganisationId { get; private set; }
    public Guid UploadedByUserId { get; private set; }
    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>When the file was attached to a submitted dossier; from then on it can be neither changed nor deleted.</summary>
    public DateTimeOffset? LockedAt { get; private set; }

    private EvidenceFile() { }

    public EvidenceFile(string sha256, long sizeBytes, string contentType, string originalName,
        Guid ownerOrganisationId, Guid uploadedByUserId, DateTimeOffset uploadedAt)
    {
        Sha256 = sha256;
        SizeBytes = sizeBytes;
        ContentType = contentType;
        OriginalName = originalName;
        OwnerOrganisationId = ownerOrganisationId;
        UploadedByUserId = uploadedByUserId;
        UploadedAt = uploadedAt;
    }

    public bool IsLocked => LockedAt is not null;

    public void LockForSubmission(DateTimeOffset at) => LockedAt ??= at;

    public void EnsureCanBeDeleted()
    {
        if (IsLocked)
            throw new DomainException("Evidence.Locked", "Tệp đã nộp kèm hồ sơ, không thể sửa hoặc xóa.");
    }
}
