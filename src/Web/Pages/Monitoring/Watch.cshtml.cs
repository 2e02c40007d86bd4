using Certification.Web.Data;
using Certification.Web.Domain.Certificates;
using Certification.Web.Domain.Monitoring;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Monitoring;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Certification.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Certification.Web.Pages.Monitoring;

/// <summary>
/// One watch-list case (Art 44): why, the failed criteria, the notice and its remedy period, the remedy or the decision.
/// The Board of the province sends the notice; when the period has ended unremedied, the issuer (the People's Committee
/// for a park, the Board for an enterprise) revokes the certificate or keeps it.
/// </summary>
public sealed class WatchModel(CertificationDbContext db, AccessPolicy access, WatchList watchList, IOptionsMonitor<MonitoringOptions> options,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public string? NoticeText { get; set; }
    [BindProperty] public int? RemedyWorkingDays { get; set; }
    [BindProperty] public string? Decision { get; set; }
    [BindProperty] public string? DecisionNote { get; set; }
    [TempData] public string? Notice { get; set; }

    public WatchEntry Entry { get; private set; } = null!;
    public string SubjectName { get; private set; } = "";
    public Certificate Certificate { get; private set; } = null!;
    public bool CanSendNotice { get; private set; }
    public bool CanDecide { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid entryId, CancellationToken ct)
    {
        if (!await LoadAsync(entryId, ct))
            return NotFound();
        RemedyWorkingDays = options.CurrentValue.RemedyWorkingDays;
        return Page();
    }

    public async Task<IActionResult> OnPostNoticeAsync(Guid entryId, CancellationToken ct)
    {
        if (!await LoadAsync(entryId, ct))
            return NotFound();
        if (!CanSendNotice)
            return StatusCode(StatusCodes.Status403Forbidden);
        if (RemedyWorkingDays is null)
        {
            ModelState.AddModelError(nameof(RemedyWorkingDays), l["Thời hạn khắc phục phải từ 1 đến 250 ngày làm việc."]);
            return Page();
        }
        await watchList.SendNoticeAsync(Entry, NoticeText ?? "", RemedyWorkingDays.Value, access.User.UserId, ct);
        await db.SaveChangesAsync(ct);
        Notice = "noticed";
        return Redirect($"/Monitoring/Watch/{entryId}");
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid entryId, CancellationToken ct)
    {
        if (!await LoadAsync(entryId, ct))
            return NotFound();
        if (!CanDecide)
            return StatusCode(StatusCodes.Status403Forbidden);
        if (Decision is not ("revoke" or "keep"))
        {
            ModelState.AddModelError(nameof(Decision), l["Cần chọn thu hồi hoặc giữ giấy chứng nhận."]);
            return Page();
        }
        await watchList.DecideAsync(Entry, Decision == "revoke", DecisionNote ?? "", access.User.UserId, ct);
        await db.SaveChangesAsync(ct);
        Notice = Decision;
        return Redirect($"/Monitoring/Watch/{entryId}");
    }

    private async Task<bool> LoadAsync(Guid entryId, CancellationToken ct)
    {
        if (await access.VisibleWatchEntries(db.WatchEntries, db.Parks, db.Enterprises).SingleOrDefaultAsync(e => e.Id == entryId, ct) is not { } entry)
            return false;
        Entry = entry;
        SubjectName = await MonitoredSubject.NameAsync(db, entry.ParkId, entry.EnterpriseId, ct);
        Certificate = await db.Certificates.AsNoTracking().SingleAsync(c => c.Id == entry.CertificateId, ct);
        CanSendNotice = access.MonitorsProvince(entry.ProvinceId) && entry.Status == WatchStatus.Watching;
        CanDecide = access.DecidesRevocation(entry) && entry.Status == WatchStatus.RevocationProposed;
        return true;
    }

    /// <summary>A POST without a handler name would render the page without data; it is not found instead.</summary>
    public override void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null)
            context.Result = NotFound();
    }
}
