using Certification.Web.Data;
using Certification.Web.Domain.Mail;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Pages.Admin.Scheduler;

/// <summary>
/// The scheduler at a glance: cluster nodes, jobs and triggers with their next fire time, recent runs and failures,
/// the outbox by status, and the dead letters, each of which can be resent. Outbox rows are those of recipients in
/// the administrator's province (<see cref="AccessPolicy.VisibleOutboxMessages"/>); the job store is shared by all.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class IndexModel(CertificationDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    public const string ResentMessage = "Đã đưa thư trở lại hàng đợi gửi.";

    public JobStoreSnapshot JobStore { get; private set; } = new();
    public IReadOnlyDictionary<OutboxStatus, int> Counts { get; private set; } = new Dictionary<OutboxStatus, int>();
    public int Retrying { get; private set; }
    public IReadOnlyList<DeadLetter> DeadLetters { get; private set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public sealed record DeadLetter(Guid Id, string RecipientEmail, string Subject, int Attempts, DateTimeOffset? DeadAt, string? LastError);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        JobStore = await JobStoreSnapshot.ReadAsync(db, cancellationToken);
        var visible = Visible();
        Counts = await visible.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        Retrying = await visible.CountAsync(m => m.Status == OutboxStatus.Pending && m.Attempts > 0, cancellationToken);
        DeadLetters = await visible.Where(m => m.Status == OutboxStatus.Dead)
            .OrderByDescending(m => m.DeadAt).Take(100)
            .Select(m => new DeadLetter(m.Id, m.RecipientEmail, m.Subject, m.Attempts, m.DeadAt, m.LastError))
            .ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostResendAsync(Guid id, CancellationToken cancellationToken)
    {
        var message = await Visible().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null)
            return NotFound();
        message.Resend(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        StatusMessage = ResentMessage;
        return RedirectToPage();
    }

    public int Count(OutboxStatus status) => Counts.GetValueOrDefault(status);

    private IQueryable<OutboxMessage> Visible() => access.VisibleOutboxMessages(db.OutboxMessages, db.Users, db.Organisations);
}
