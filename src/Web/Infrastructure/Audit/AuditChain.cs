using System.Data.Common;
using Certification.Web.Data;
using Certification.Web.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Certification.Web.Infrastructure.Audit;

/// <summary>
/// Appends a save's audit rows to the one hash chain. The chain's head is locked for the rest of the transaction, so
/// appends across connections and app instances have one order and no gaps.
/// </summary>
internal static class AuditChain
{
    // Serialises appends across connections and app instances so the chain has one order and no gaps.
    private const long AppendLockKey = 0x4155444954; // "AUDIT"

    /// <summary>
    /// True when every row the save adds already knows its key, so the audit rows can be written in the same batch as
    /// the changes (one round trip fewer). Rows keyed by a database-generated number (e.g. Identity's claim rows) are
    /// audited after the save, when their key exists.
    /// </summary>
    public static bool KeysKnownBeforeSave(IReadOnlyList<CapturedChange> changes) =>
        changes.All(c => c.Action != "Added" || c.Entry.Metadata.FindPrimaryKey()!.Properties.All(p => !c.Entry.Property(p.Name).IsTemporary));

    /// <summary>
    /// Takes the chain's lock and reads its head in one round trip: two statements in one batch, the second with a
    /// snapshot taken after the first has the lock, so it sees every row committed before.
    /// </summary>
    public static async Task<(long Sequence, string Hash)> LockHeadAsync(CertificationDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await using var batch = connection.CreateBatch();
        batch.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The audit chain is appended inside the save's transaction.");
        batch.BatchCommands.Add(Command(batch, $"SELECT pg_advisory_xact_lock({AppendLockKey})"));
        batch.BatchCommands.Add(Command(batch, """SELECT "Sequence", "Hash" FROM "AuditEntries" ORDER BY "Sequence" DESC LIMIT 1"""));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(0), reader.GetString(1)) : (0, AuditHash.Genesis);
    }

    /// <summary>Adds the rows for <paramref name="changes"/> after <paramref name="head"/>; the caller saves them.</summary>
    public static List<AuditEntry> Append(CertificationDbContext db, IReadOnlyList<CapturedChange> changes, (long Sequence, string Hash) head,
        AuditActor actor, DateTimeOffset at)
    {
        var (sequence, previousHash) = head;
        var (userId, name) = actor.Current;
        // PostgreSQL keeps microseconds; hash what will be stored.
        var storedAt = new DateTimeOffset(at.UtcTicks / 10 * 10, TimeSpan.Zero);
        var rows = new List<AuditEntry>(changes.Count);
        foreach (var change in changes)
        {
            var row = new AuditEntry(++sequence, storedAt, userId, name, change.Action, change.EntityType,
                AuditCapture.KeyOf(change.Entry), change.Before, change.After, previousHash);
            db.AuditEntries.Add(row);
            rows.Add(row);
            previousHash = row.Hash;
        }
        return rows;
    }

    private static DbBatchCommand Command(DbBatch batch, string sql)
    {
        var command = batch.CreateBatchCommand();
        command.CommandText = sql;
        return command;
    }
}
