namespace Certification.Web.Domain.Audit;

/// <summary>
/// One appended state change. Rows form a hash chain: <see cref="Hash"/> is SHA-256 over
/// <see cref="PreviousHash"/> and this row's content, so editing or deleting any row breaks every later link.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Position in the chain, 1-based and gap-free; assigned under a database lock.</summary>
    public long Sequence { get; private set; }
    public DateTimeOffset At { get; private set; }
    public Guid? ActorUserId { get; private set; }
    public string ActorName { get; private set; } = "";

    /// <summary>Added, Modified or Deleted.</summary>
    public string Action { get; private set; } = "";
    public string EntityType { get; private set; } = "";
    public string EntityId { get; private set; } = "";

    /// <summary>JSON object of the changed properties before the change; null when the entity was added.</summary>
    public string? Before { get; private set; }

    /// <summary>JSON object of the changed properties after the change; null when the entity was deleted.</summary>
    public string? After { get; private set; }
    public string PreviousHash { get; private set; } = "";
    public string Hash { get; private set; } = "";

    private AuditEntry() { }

    public AuditEntry(long sequence, DateTimeOffset at, Guid? actorUserId, string actorName, string action,
        string entityType, string entityId, string? before, string? after, string previousHash)
    {
        Sequence = sequence;
        At = at;
        ActorUserId = actorUserId;
        ActorName = actorName;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        Before = before;
        After = after;
        PreviousHash = previousHash;
        Hash = AuditHash.Compute(this);
    }
}
