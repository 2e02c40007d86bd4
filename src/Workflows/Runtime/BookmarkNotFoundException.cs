namespace Certification.Workflows.Runtime;

/// <summary>
/// The bookmark to resume or fire is not open on the instance: it was already resumed, fired or
/// cancelled, or never existed. A host retrying after a crash can treat this as "already done".
/// </summary>
public sealed class BookmarkNotFoundException(Guid instanceId, Guid bookmarkId)
    : WorkflowException(
        $"Bookmark {bookmarkId} is not open on workflow instance {instanceId}: it was already resumed, fired or cancelled, or never existed.")
{
    /// <summary>The instance that was searched.</summary>
    public Guid InstanceId { get; } = instanceId;

    /// <summary>The bookmark that was asked for.</summary>
    public Guid BookmarkId { get; } = bookmarkId;
}
