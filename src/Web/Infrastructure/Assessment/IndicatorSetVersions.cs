using Certification.Criteria.Indicators;
using Certification.Criteria.Loading;
using Certification.Web.Data;
using Certification.Web.Domain.Assessment;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure.Assessment;

/// <summary>
/// The stored indicator-set versions: which one is in force on a date, upload as draft (validated; a bad file stores
/// nothing), and publish. Access checks are the caller's (only administrators manage sets, see AccessPolicy).
/// </summary>
public sealed class IndicatorSetVersions(CertificationDbContext db, ParsedIndicatorSets parsed, TimeProvider clock)
{
    /// <summary>
    /// The published version of <paramref name="setId"/> in force on <paramref name="onDate"/>: the highest version whose
    /// effective date is on or before it; null when none is.
    /// </summary>
    public async Task<IndicatorSet?> CurrentAsync(string setId, DateOnly onDate, CancellationToken ct)
    {
        var row = await db.IndicatorSetVersions.AsNoTracking()
            .Where(v => v.SetId == setId && v.Status == IndicatorSetStatus.Published && v.EffectiveDate <= onDate)
            .OrderByDescending(v => v.Version)
            .FirstOrDefaultAsync(ct);
        return row is null ? null : parsed.Get(row);
    }

    /// <summary>The parsed set of a stored version.</summary>
    public IndicatorSet Parse(IndicatorSetVersion version) => parsed.Get(version);

    /// <summary>Every stored version, by set id then version (highest first).</summary>
    public Task<List<IndicatorSetVersion>> ListAsync(CancellationToken ct) =>
        db.IndicatorSetVersions.AsNoTracking().OrderBy(v => v.SetId).ThenByDescending(v => v.Version).ToListAsync(ct);

    /// <summary>The published versions of one set, highest first.</summary>
    public Task<List<IndicatorSetVersion>> PublishedAsync(string setId, CancellationToken ct) =>
        db.IndicatorSetVersions.AsNoTracking()
            .Where(v => v.SetId == setId && v.Status == IndicatorSetStatus.Published)
            .OrderByDescending(v => v.Version).ToListAsync(ct);

    public Task<IndicatorSetVersion?> FindAsync(Guid id, CancellationToken ct) =>
        db.IndicatorSetVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, ct);

    /// <summary>
    /// Validates <paramref name="json"/> and stores it as a draft (replacing an earlier draft of the same id and
    /// version). On any problem, including a version already published, nothing is stored and every problem is returned.
    /// </summary>
    /// <exception cref="Domain.DomainException">When other versions of the set certify another kind of subject.</exception>
    public async Task<IndicatorSetUpload> UploadDraftAsync(string fileName, string json, Guid? uploadedBy, CancellationToken ct)
    {
        var loaded = IndicatorSetLoader.Load(fileName, json);
        if (loaded.Set is not { } set)
            return new IndicatorSetUpload(null, loaded.Problems);

        var existing = await db.IndicatorSetVersions.FirstOrDefaultAsync(v => v.SetId == set.SetId && v.Version == set.Version, ct);
        if (existing is { Status: IndicatorSetStatus.Published })
            return new IndicatorSetUpload(null, [new ValidationProblem(fileName, "$.version", null, ValidationProblemKind.VersionAlreadyPublished,
                $"Set '{set.SetId}' version {set.Version} is already published; published versions never change, publish a new version.")]);

        // Evaluators rely on a set id always certifying the same kind of subject (ParkEvaluator reads vn-eip-national as a park set).
        if (await db.IndicatorSetVersions.AnyAsync(v => v.SetId == set.SetId && v.Subject != set.SubjectKind, ct))
            throw new Domain.DomainException("IndicatorSet.SubjectChanged",
                "Bộ tiêu chí này đã có phiên bản cho loại đối tượng khác (khu công nghiệp hoặc doanh nghiệp); không thể đổi loại đối tượng.");

        var now = clock.GetUtcNow();
        if (existing is null)
        {
            existing = IndicatorSetVersion.Draft(set, json, uploadedBy, now);
            db.IndicatorSetVersions.Add(existing);
        }
        else
        {
            existing.Replace(set, json, uploadedBy, now);
        }
        await db.SaveChangesAsync(ct);
        return new IndicatorSetUpload(existing, []);
    }

    /// <summary>Publishes a draft; it is used from its effective date on.</summary>
    /// <exception cref="Domain.DomainException">When the version is already published.</exception>
    /// <exception cref="KeyNotFoundException">When no version has <paramref name="id"/>.</exception>
    public async Task<IndicatorSetVersion> PublishAsync(Guid id, Guid? publishedBy, CancellationToken ct)
    {
        var version = await db.IndicatorSetVersions.FirstOrDefaultAsync(v => v.Id == id, ct)
            ?? throw new KeyNotFoundException($"No indicator-set version {id}.");
        version.Publish(publishedBy, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return version;
    }
}
