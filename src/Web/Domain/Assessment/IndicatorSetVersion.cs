using Certification.Criteria.Indicators;

namespace Certification.Web.Domain.Assessment;

/// <summary>
/// One stored version of an indicator set: the JSON text exactly as uploaded, plus who uploaded and published it.
/// Only JSON the loader accepted is ever stored (see IndicatorSetVersions), so every row parses. A published
/// version never changes; a later version is a new row. Which published version applies on a date is decided by
/// the effective date (the highest version in force), not by the status.
/// </summary>
public sealed class IndicatorSetVersion
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    /// <summary>The set's stable id across versions, e.g. <c>vn-eip-national</c>.</summary>
    public string SetId { get; private set; } = "";
    public int Version { get; private set; }

    /// <summary>First day (inclusive) the version applies to evaluations.</summary>
    public DateOnly EffectiveDate { get; private set; }
    public SubjectKind Subject { get; private set; }

    /// <summary>The set title in Vietnamese, for lists.</summary>
    public string Title { get; private set; } = "";

    /// <summary>The JSON text as uploaded (validated by the loader before it was stored).</summary>
    public string Json { get; private set; } = "";
    public IndicatorSetStatus Status { get; private set; }

    /// <summary>Null for the national sets shipped with the product.</summary>
    public Guid? UploadedByUserId { get; private set; }
    public DateTimeOffset UploadedAt { get; private set; }
    public Guid? PublishedByUserId { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }

    private IndicatorSetVersion() { }

    /// <summary>A draft from a validated set and the JSON text it was loaded from.</summary>
    public static IndicatorSetVersion Draft(IndicatorSet set, string json, Guid? uploadedBy, DateTimeOffset uploadedAt)
    {
        var version = new IndicatorSetVersion { SetId = set.SetId, Version = set.Version, Status = IndicatorSetStatus.Draft };
        version.Replace(set, json, uploadedBy, uploadedAt);
        return version;
    }

    /// <summary>Replaces a draft's content by a newer upload of the same set id and version.</summary>
    /// <exception cref="DomainException">When the version is already published (published versions never change).</exception>
    public void Replace(IndicatorSet set, string json, Guid? uploadedBy, DateTimeOffset uploadedAt)
    {
        EnsureDraft();
        if (set.SetId != SetId || set.Version != Version)
            throw new DomainException("IndicatorSet.OtherVersion", "Tệp thuộc bộ tiêu chí hoặc phiên bản khác.");
        EffectiveDate = set.EffectiveDate;
        Subject = set.SubjectKind;
        Title = set.Title.Vietnamese;
        Json = json;
        UploadedByUserId = uploadedBy;
        UploadedAt = uploadedAt;
    }

    /// <summary>Publishes the draft: from its effective date on, evaluations use it (unless a higher version is in force).</summary>
    /// <exception cref="DomainException">When it is already published.</exception>
    public void Publish(Guid? publishedBy, DateTimeOffset publishedAt)
    {
        EnsureDraft();
        Status = IndicatorSetStatus.Published;
        PublishedByUserId = publishedBy;
        PublishedAt = publishedAt;
    }

    private void EnsureDraft()
    {
        if (Status != IndicatorSetStatus.Draft)
            throw new DomainException("IndicatorSet.AlreadyPublished",
                "Phiên bản này đã được công bố và không thể thay đổi; hãy tải lên phiên bản mới.");
    }
}
