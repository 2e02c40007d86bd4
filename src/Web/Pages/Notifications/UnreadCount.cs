using Certification.Web.Data;
using Certification.Web.Domain.Notifications;
using Certification.Web.Infrastructure.Access;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Pages.Notifications;

/// <summary>The signed-in user's notifications that are due, not withdrawn and not read: the header's badge.</summary>
public sealed class UnreadCount(CertificationDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    public async Task<int> ForCurrentUserAsync(CancellationToken cancellationToken)
    {
        if (http.HttpContext?.User is not { } principal || CurrentUser.From(principal) is not { } user)
            return 0;
        return await Visible(db.Notifications, user.UserId, clock.GetUtcNow()).CountAsync(n => n.ReadAt == null, cancellationToken);
    }

    /// <summary>The notifications a user sees at <paramref name="now"/>: due and not withdrawn.</summary>
    public static IQueryable<Notification> Visible(IQueryable<Notification> notifications, Guid userId, DateTimeOffset now) =>
        notifications.Where(n => n.UserId == userId && n.VisibleFrom <= now && n.WithdrawnAt == null);
}
