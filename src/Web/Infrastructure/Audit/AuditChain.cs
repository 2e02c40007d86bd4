using Certification.Web.Data;
using Certification.Web.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure.Audit;

internal static class AuditChain
{
    // Serialises appends across connections and app instances so the chain has one order and no gaps.
    private const long AppendLockKey = 0x4155444954; // "AUDIT"

    public static async Task AppendAsync(CertificationDbContext db, IReadOnlyList<CapturedChange> changes,
        AuditActor actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AppendLockKey})", cancellationToken);
        var last = await db.AuditEntries.AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(cancellationToken);
        var sequence = last?.Sequence ?? 0;
        var previousHash = last?.Hash ?? AuditHash.Genesis;
        var (userId, name) = actor.Current;
        // PostgreSQL keeps microseconds; hash what will be stored.
        var storedAt = new DateTimeOffset(at.UtcTicks / 10 * 10, TimeSpan.Zero);
        foreach (var change in changes)
        {
            var row = new AuditEntry(++sequence, storedAt, userId, name, change.Action, change.EntityType,
                AuditCapture.KeyOf(change.Entry), change.Before, change.After, previousHash);
            db.AuditEntries.Add(row);
            previousHash = row.Hash;
        }
        await db.SaveAuditRowsAsync(cancellationToken);
    }
}
