using Certification.Criteria.Wording;
using Certification.Web.Data;
using Certification.Web.Data.Demo;
using Certification.Web.Domain.Parks;
using Certification.Web.Infrastructure.NewParks;
using Certification.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Workflows;

public sealed class DemoNewParksTests
{
    [Fact]
    public async Task LoadOnce_AfterDemoData_GivesTheNewParkTwoRecordedYearsOnce()
    {
        // Friday 20 November 2026: the demo records 15 March 2025 and 15 March 2026 (the national set is in force from 24 January 2025).
        await using var app = await TestApp.StartAsync(clock: new TestClock(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.FromHours(7))));
        await app.InScopeAsync(async s =>
        {
            await s.GetRequiredService<DemoData>().LoadOnceAsync(CancellationToken.None);
            await s.GetRequiredService<DemoNewParks>().LoadOnceAsync(CancellationToken.None);
        });
        await app.InScopeAsync(s => s.GetRequiredService<DemoNewParks>().LoadOnceAsync(CancellationToken.None)); // kept, not doubled

        var progress = await app.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<CertificationDbContext>();
            var park = await db.Parks.SingleAsync(p => p.IsDemo && p.Establishment == ParkEstablishment.NewlyEstablished);
            return await s.GetRequiredService<NewParkProgressQuery>().ForParkAsync(park, Language.Vietnamese, CancellationToken.None);
        });

        Assert.NotNull(progress);
        Assert.Equal(new DateOnly(2029, 9, 1), progress.LastDay);
        Assert.Equal(2, progress.Years.Count(y => !y.IsLive));
    }
}
