namespace Certification.Web.Domain.Monitoring;

/// <summary>
/// Where a watch-list entry is: Watching → Noticed → Remedied, or → RevocationProposed (remedy period over) → Revoked
/// or Kept by the issuer. Watching, Noticed and RevocationProposed are open; a subject has at most one open entry.
/// If you add a status, also update <see cref="WatchEntry.OpenStatuses"/> and the watch-list pages.
/// </summary>
public enum WatchStatus
{
    Watching,
    Noticed,
    Remedied,
    RevocationProposed,
    Revoked,
    Kept,
}
