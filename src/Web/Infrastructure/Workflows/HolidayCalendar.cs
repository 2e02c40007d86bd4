using Certification.Web.Data;
using Certification.Workflows.Clocks;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure.Workflows;

/// <summary>
/// The working-day calendar from the administrators' holiday table, read once and kept for every step, page and
/// reminder of this server instead of once per use: the table changes a few times a year, a step runs many times a
/// second. The holiday page drops the copy when it saves; another server instance reloads within
/// <see cref="MaxAge"/>, so a holiday added there counts for deadlines computed from then on.
/// </summary>
public sealed class HolidayCalendar(TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private volatile Loaded? _loaded;

    /// <summary>The current calendar; reads the table through <paramref name="db"/> when the copy is missing or old.</summary>
    public async Task<WorkingDayCalendar> GetAsync(CertificationDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_loaded is { } loaded && now - loaded.At < MaxAge && now >= loaded.At)
            return loaded.Calendar;
        var calendar = new WorkingDayCalendar(await db.PublicHolidays.AsNoTracking().Select(h => h.Date).ToListAsync(cancellationToken));
        _loaded = new Loaded(calendar, now);
        return calendar;
    }

    /// <summary>Drops the copy: the next use reads the table again.</summary>
    public void Invalidate() => _loaded = null;

    private sealed record Loaded(WorkingDayCalendar Calendar, DateTimeOffset At);
}
