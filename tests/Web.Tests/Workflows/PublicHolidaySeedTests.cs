using Certification.Web.Data;
using Certification.Web.Infrastructure.Workflows;
using Certification.Web.Tests.Infrastructure;
using Certification.Workflows.Clocks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Workflows;

public sealed class PublicHolidaySeedTests
{
    [Fact]
    public async Task MigratedHolidayTable_ComparedWithTheWorkflowSeed_HoldsTheSameDatesAndNamesMarkedAsSeed()
    {
        await using var app = await TestApp.StartAsync();

        var rows = await app.InScopeAsync(services => services.GetRequiredService<CertificationDbContext>().PublicHolidays.OrderBy(h => h.Date).ToListAsync());

        Assert.Equal(VietnamesePublicHolidaySeed.Holidays.Select(h => (h.Date, h.Name)), rows.Select(r => (r.Date, r.Name)));
        Assert.All(rows, r => Assert.True(r.IsSeed));
    }

    [Fact]
    public async Task Calendar_FromTheHolidayTable_SkipsTetAndWeekends()
    {
        await using var app = await TestApp.StartAsync();

        var calendar = await app.InScopeAsync(services => services.GetRequiredService<WorkflowHost>().CalendarAsync(CancellationToken.None));

        // Friday 13 Feb 2026 + 3 working days: Tết holidays 16-20 Feb and two weekends are skipped.
        Assert.Equal(new DateOnly(2026, 2, 25), calendar.AddWorkingDays(new DateOnly(2026, 2, 13), 3));
    }
}
