using System.Net;
using Certification.Criteria.Wording;
using Certification.Web.Data;
using Certification.Web.Domain.Assessment;
using Certification.Web.Domain.Organisations;
using Certification.Web.Domain.Parks;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Infrastructure.NewParks;
using Certification.Web.Tests.Infrastructure;
using Certification.Web.Tests.Pages.Admin;
using Certification.Workflows.Clocks;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Pages.Parks;

/// <summary>Newly established parks (Decree 35 Art 38): the 8-year deadline and yearly progress, on the park page and the Board's list.</summary>
public sealed class NewParksPageTests
{
    // Friday 20 November 2026 in Viet Nam.
    private static TestClock Clock() => new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, VietnamTime.Offset));

    [Fact]
    public async Task Progress_SnapshotsOfThreeYears_LatestOfEachReportingYearThenTodaysLiveResult()
    {
        await using var app = await TestApp.StartAsync(clock: Clock());
        var (province, investor, _) = await ArrangeAsync(app);
        var park = await NewParkAsync(app, province.Id, investor.Id, new DateOnly(2021, 9, 1));
        await SnapshotAsync(app, park.Id, new DateOnly(2024, 3, 1), met: 10);    // reporting year 2023
        await SnapshotAsync(app, park.Id, new DateOnly(2025, 2, 10), met: 14);   // reporting year 2024, replaced by the next
        await SnapshotAsync(app, park.Id, new DateOnly(2025, 12, 1), met: 15);   // reporting year 2024

        var progress = await app.InScopeAsync(s => s.GetRequiredService<NewParkProgressQuery>()
            .ForParkAsync(park, Language.Vietnamese, CancellationToken.None));

        Assert.NotNull(progress);
        Assert.Equal(new DateOnly(2029, 9, 1), progress.LastDay);
        Assert.Equal(1016, progress.DaysLeft);
        Assert.Equal(6, progress.YearOfPeriod);
        Assert.False(progress.IsCertified);
        Assert.Equal([2023, 2024, 2025], progress.Years.Select(y => y.ReportingYear));
        Assert.Equal([10, 15], progress.Years.Take(2).Select(y => y.MetCount));
        Assert.True(progress.Years[^1].IsLive);
        Assert.Equal(new DateOnly(2026, 11, 20), progress.Years[^1].EvaluatedOn);
    }

    [Fact]
    public async Task Progress_ExistingPark_IsNull()
    {
        await using var app = await TestApp.StartAsync(clock: Clock());
        var (province, investor, _) = await ArrangeAsync(app);
        var park = await app.World().ParkAsync(province.Id, investor.Id);

        var progress = await app.InScopeAsync(s => s.GetRequiredService<NewParkProgressQuery>()
            .ForParkAsync(park, Language.Vietnamese, CancellationToken.None));

        Assert.Null(progress);
    }

    [Fact]
    public async Task NewParks_AsBoard_ListsOnlyTheProvincesNewParksWithDeadlines()
    {
        await using var app = await TestApp.StartAsync(clock: Clock());
        var (province, investor, board) = await ArrangeAsync(app);
        var newPark = await NewParkAsync(app, province.Id, investor.Id, new DateOnly(2019, 3, 15));
        var existing = await app.World().ParkAsync(province.Id, investor.Id);
        var (otherProvince, otherInvestor, _) = await ArrangeAsync(app);
        var foreign = await NewParkAsync(app, otherProvince.Id, otherInvestor.Id, new DateOnly(2020, 1, 1));
        var officer = await SignedInClient.SignInAsync(app, await app.World().UserAsync(Roles.Board, board.Id));

        var page = PageHtml.Decoded(await officer.GetStringAsync("/Parks/NewParks"));

        Assert.Contains(newPark.Name, page);
        Assert.Contains($"data-last-day=\"2027-03-15\"", page);
        Assert.Contains($"data-days-left=\"{new DateOnly(2027, 3, 15).DayNumber - new DateOnly(2026, 11, 20).DayNumber}\"", page);
        Assert.DoesNotContain(existing.Name, page);
        Assert.DoesNotContain(foreign.Name, page);
        Assert.Contains("href=\"/Parks/NewParks\"", page);
    }

    [Fact]
    public async Task NewParks_AsDeveloper_IsForbiddenButItsParkPageShowsTheDeadline()
    {
        await using var app = await TestApp.StartAsync(clock: Clock());
        var (province, investor, _) = await ArrangeAsync(app);
        var park = await NewParkAsync(app, province.Id, investor.Id, new DateOnly(2021, 9, 1));
        var developer = await SignedInClient.SignInAsync(app, await app.World().UserAsync(Roles.ParkDeveloper, investor.Id));

        var list = await developer.GetAsync("/Parks/NewParks");
        var details = PageHtml.Decoded(await developer.GetStringAsync($"/Parks/Details/{park.Id}"));

        Assert.StartsWith("/Account/AccessDenied", list.Headers.Location!.PathAndQuery());
        Assert.Contains("data-last-day=\"2029-09-01\"", details);
        Assert.Contains("data-days-left=\"1016\"", details);
    }

    private static async Task<(Province, Organisation Investor, Organisation Board)> ArrangeAsync(TestApp app)
    {
        var world = app.World();
        var province = await world.ProvinceAsync();
        return (province, await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id),
            await world.OrganisationAsync(OrganisationKind.ManagementBoard, province.Id));
    }

    private static Task<Park> NewParkAsync(TestApp app, Guid provinceId, Guid investorId, DateOnly established) => app.InScopeAsync(async s =>
    {
        var db = s.GetRequiredService<CertificationDbContext>();
        var park = new Park("KCN mới " + TestWorld.Unique(), provinceId, investorId, 300m, established, ParkEstablishment.NewlyEstablished);
        db.Parks.Add(park);
        await db.SaveChangesAsync();
        return park;
    });

    private static Task SnapshotAsync(TestApp app, Guid parkId, DateOnly evaluatedOn, int met) => app.InScopeAsync(async s =>
    {
        var db = s.GetRequiredService<CertificationDbContext>();
        db.ParkAssessmentRecords.Add(new ParkAssessmentRecord(parkId, "vn-eip-national", 1, evaluatedOn,
            new DateTimeOffset(evaluatedOn.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero), null, met * 100m / 24, false, met, 24, "{}"));
        await db.SaveChangesAsync();
    });
}
