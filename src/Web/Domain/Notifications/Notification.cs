namespace Certification.Web.Domain.Notifications;

/// <summary>
/// The in-app copy of a mail to a user: shown in the header count and the notifications page from
/// <see cref="VisibleFrom"/> (the mail's due time) until read. A cancelled reminder withdraws its notification.
/// </summary>
public sealed class Notification
{
    public Guid Id { get; private set; } = Guid.NewGuid();
    public Guid UserId { get; private set; }
    public Guid? OutboxMessageId { get; private set; }
    public string Title { get; private set; } = "";

    /// <summary>Absolute URL of the page to act on (the same link as in the mail).</summary>
    public string Link { get; private set; } = "";
    public DateTimeOffset VisibleFrom { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }

    private Notification() { }

    public Notification(Guid userId, Guid? outboxMessageId, string title, string link, DateTimeOffset visibleFrom)
    {
        UserId = userId;
        OutboxMessageId = outboxMessageId;
        Title = title.Length > 300 ? title[..300] : title;
        Link = link;
        VisibleFrom = visibleFrom.ToUniversalTime();
    }

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;

    public void Withdraw(DateTimeOffset at) => WithdrawnAt ??= at;
}
