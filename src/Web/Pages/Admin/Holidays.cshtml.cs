using Certification.Web.Data;
using Certification.Web.Domain.Calendar;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Infrastructure.Workflows;
using Certification.Web.Resources;
using Certification.Workflows.Clocks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Certification.Web.Pages.Admin;

/// <summary>
/// The public-holiday table the working-day clocks skip. Tết and Giỗ Tổ follow the lunar calendar and compensatory days
/// are announced every year, so an administrator keeps it: add, rename (which confirms a seeded row), remove.
/// A change applies to deadlines computed from then on (on other server instances within <see cref="HolidayCalendar.MaxAge"/>).
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class HolidaysModel(CertificationDbContext db, HolidayCalendar calendar, IStringLocalizer<SharedResource> l, TimeProvider clock) : PageModel
{
    public IReadOnlyList<CalendarHoliday> Holidays { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    public int Year { get; private set; }

    [BindProperty] public DateOnly? Date { get; set; }
    [BindProperty] public string? Name { get; set; }

    public async Task OnGetAsync(int? year, CancellationToken cancellationToken) => await LoadAsync(year, cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (Date is null)
            ModelState.AddModelError(nameof(Date), l["Vui lòng nhập {0}.", l["Ngày"]]);
        if (string.IsNullOrWhiteSpace(Name))
            ModelState.AddModelError(nameof(Name), l["Vui lòng nhập tên ngày lễ."]);
        else if (Name.Trim().Length > 200)
            ModelState.AddModelError(nameof(Name), l["{0} tối đa {1} ký tự.", l["Tên ngày lễ"], 200]);
        if (Date is { } date && await db.PublicHolidays.AnyAsync(h => h.Date == date, cancellationToken))
            ModelState.AddModelError(nameof(Date), l["Ngày {0} đã có trong bảng ngày lễ.", date.ToString("dd/MM/yyyy")]);
        if (!ModelState.IsValid)
        {
            await LoadAsync(Date?.Year, cancellationToken);
            return Page();
        }
        db.PublicHolidays.Add(new CalendarHoliday(Date!.Value, Name!));
        await db.SaveChangesAsync(cancellationToken);
        calendar.Invalidate();
        return Redirect($"/Admin/Holidays?year={Date.Value.Year}");
    }

    public async Task<IActionResult> OnPostRenameAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var holiday = await db.PublicHolidays.SingleOrDefaultAsync(h => h.Date == date, cancellationToken);
        if (holiday is null)
            return NotFound();
        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > 200)
        {
            ModelState.AddModelError(nameof(Name), l["Vui lòng nhập tên ngày lễ."]);
            await LoadAsync(date.Year, cancellationToken);
            return Page();
        }
        holiday.Rename(Name);
        await db.SaveChangesAsync(cancellationToken);
        calendar.Invalidate();
        return Redirect($"/Admin/Holidays?year={date.Year}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var holiday = await db.PublicHolidays.SingleOrDefaultAsync(h => h.Date == date, cancellationToken);
        if (holiday is null)
            return NotFound();
        db.PublicHolidays.Remove(holiday);
        await db.SaveChangesAsync(cancellationToken);
        calendar.Invalidate();
        return Redirect($"/Admin/Holidays?year={date.Year}");
    }

    private async Task LoadAsync(int? year, CancellationToken cancellationToken)
    {
        var years = await db.PublicHolidays.Select(h => h.Date.Year).Distinct().OrderBy(y => y).ToListAsync(cancellationToken);
        Year = year ?? VietnamTime.Today(clock).Year;
        Years = years.Append(Year).Distinct().Order().ToList();
        var first = new DateOnly(Year, 1, 1);
        var last = new DateOnly(Year, 12, 31);
        Holidays = await db.PublicHolidays.Where(h => h.Date >= first && h.Date <= last).OrderBy(h => h.Date).ToListAsync(cancellationToken);
    }

    /// <summary>Razor Pages would render this page without data for a verb it has no handler for.</summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null)
            context.Result = NotFound();
    }
}
