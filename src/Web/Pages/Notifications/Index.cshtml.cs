using Certification.Web.Data;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Pages.Notifications;

/// <summary>
/// The signed-in user's own notifications (the in-app copy of every mail sent to them), newest first.
/// Opening one marks it read and goes to the page it names; only one's own notifications can be touched.
/// </summary>
public sealed class IndexModel(CertificationDbContext db, CurrentUser user, TimeProvider clock, EmailTemplates links) : PageModel
{
    public sealed record Row(Guid Id, string Title, DateTimeOffset At, bool IsRead);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Rows = await UnreadCount.Visible(db.Notifications, user.UserId, clock.GetUtcNow())
            .OrderByDescending(n => n.VisibleFrom).Take(200)
            .Select(n => new Row(n.Id, n.Title, n.VisibleFrom, n.ReadAt != null))
            .ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostOpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var notification = await UnreadCount.Visible(db.Notifications, user.UserId, clock.GetUtcNow())
            .SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (notification is null)
            return NotFound();
        notification.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return LocalRedirect(LocalPath(notification.Link));
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var unread = await UnreadCount.Visible(db.Notifications, user.UserId, now).Where(n => n.ReadAt == null).ToListAsync(cancellationToken);
        foreach (var notification in unread)
            notification.MarkRead(now);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage();
    }

    // The stored link is absolute (for the mail); in the app only its path and query are followed, never another host.
    private string LocalPath(string link)
    {
        var baseUrl = links.AbsoluteLink("/");
        return link.StartsWith(baseUrl, StringComparison.Ordinal) ? "/" + link[baseUrl.Length..] : "/Notifications";
    }
}
