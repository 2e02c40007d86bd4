using Certification.Criteria.Loading;
using Certification.Criteria.Sets;
using Certification.Web.Data;
using Certification.Web.Domain;
using Certification.Web.Domain.Assessment;
using Certification.Web.Infrastructure.Assessment;
using Certification.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Infrastructure.Assessment;

public sealed class IndicatorSetVersionsTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    private static Task<T> WithSetsAsync<T>(TestApp app, Func<IndicatorSetVersions, Task<T>> work) =>
        app.InScopeAsync(s => work(s.GetRequiredService<IndicatorSetVersions>()));

    private static Task<int> CountAsync(TestApp app) =>
        app.InScopeAsync(s => s.GetRequiredService<CertificationDbContext>().IndicatorSetVersions.CountAsync());

    [Fact]
    public async Task FreshDatabase_NationalSets_ArePublishedVersionOneEqualToTheEmbeddedFiles()
    {
        await using var app = await TestApp.StartAsync();

        var rows = await WithSetsAsync(app, sets => sets.ListAsync(default));
        var park = await WithSetsAsync(app, sets => sets.CurrentAsync(NationalIndicatorSets.EcoIndustrialParkSetId, Today, default));
        var enterprise = await WithSetsAsync(app, sets => sets.CurrentAsync(NationalIndicatorSets.EcoEnterpriseSetId, Today, default));

        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(IndicatorSetStatus.Published, r.Status));
        Assert.Equal(NationalIndicatorSets.EcoIndustrialParkJson, rows.Single(r => r.SetId == NationalIndicatorSets.EcoIndustrialParkSetId).Json);
        Assert.Equal(NationalIndicatorSets.EcoEnterpriseJson, rows.Single(r => r.SetId == NationalIndicatorSets.EcoEnterpriseSetId).Json);
        Assert.Equal(NationalIndicatorSets.EcoIndustrialPark.Indicators.Count, park!.Indicators.Count);
        Assert.Equal(1, enterprise!.Version);
    }

    [Fact]
    public async Task UploadDraftAsync_DuplicateCode_ReportsTheProblemAndStoresNothing()
    {
        await using var app = await TestApp.StartAsync();
        var bad = NationalIndicatorSets.EcoIndustrialParkJson.Replace("\"version\": 1,", "\"version\": 2,")
            .Replace("\"code\": \"SVC.1\"", "\"code\": \"LEGAL.1\"");

        var upload = await WithSetsAsync(app, sets => sets.UploadDraftAsync("bad.json", bad, null, default));

        Assert.False(upload.Succeeded);
        var problem = Assert.Single(upload.Problems, p => p.Kind == ValidationProblemKind.DuplicateCode);
        Assert.Equal("bad.json", problem.FileName);
        Assert.NotNull(problem.Line);
        Assert.Equal(2, await CountAsync(app));
    }

    [Fact]
    public async Task UploadDraftAsync_PublishedVersionAgain_IsRefusedAndStoresNothing()
    {
        await using var app = await TestApp.StartAsync();

        var upload = await WithSetsAsync(app, sets => sets.UploadDraftAsync("same.json", NationalIndicatorSets.EcoIndustrialParkJson, null, default));

        Assert.Equal(ValidationProblemKind.VersionAlreadyPublished, Assert.Single(upload.Problems).Kind);
        Assert.Equal(2, await CountAsync(app));
    }

    [Fact]
    public async Task PublishAsync_NewVersion_BecomesCurrentOnlyOnceItIsInForce()
    {
        await using var app = await TestApp.StartAsync();
        var v2 = NationalIndicatorSets.EcoIndustrialParkJson.Replace("\"version\": 1,", "\"version\": 2,")
            .Replace("\"effectiveDate\": \"2025-01-24\"", "\"effectiveDate\": \"2027-01-01\"");
        var uploader = Guid.NewGuid();

        var upload = await WithSetsAsync(app, sets => sets.UploadDraftAsync("v2.json", v2, uploader, default));
        var whileDraft = await WithSetsAsync(app, sets => sets.CurrentAsync(NationalIndicatorSets.EcoIndustrialParkSetId, new DateOnly(2027, 6, 1), default));
        await WithSetsAsync(app, sets => sets.PublishAsync(upload.Draft!.Id, uploader, default));
        var beforeEffective = await WithSetsAsync(app, sets => sets.CurrentAsync(NationalIndicatorSets.EcoIndustrialParkSetId, Today, default));
        var afterEffective = await WithSetsAsync(app, sets => sets.CurrentAsync(NationalIndicatorSets.EcoIndustrialParkSetId, new DateOnly(2027, 6, 1), default));

        Assert.Equal(IndicatorSetStatus.Draft, upload.Draft!.Status);
        Assert.Equal(uploader, upload.Draft.UploadedByUserId);
        Assert.Equal(1, whileDraft!.Version);
        Assert.Equal(1, beforeEffective!.Version);
        Assert.Equal(2, afterEffective!.Version);
        await Assert.ThrowsAsync<DomainException>(() => WithSetsAsync(app, sets => sets.PublishAsync(upload.Draft.Id, uploader, default)));
    }

    [Theory]
    [InlineData("UPDATE \"IndicatorSetVersions\" SET \"Json\" = '{}' WHERE \"SetId\" = 'vn-eip-national'")]
    [InlineData("DELETE FROM \"IndicatorSetVersions\" WHERE \"SetId\" = 'vn-eip-national'")]
    public async Task PublishedVersion_ChangedBehindTheDomainsBack_IsRefusedByTheDatabase(string sql)
    {
        await using var app = await TestApp.StartAsync();

        var refused = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => app.Database.ExecuteAsync(sql));

        Assert.Equal(Npgsql.PostgresErrorCodes.CheckViolation, refused.SqlState);
        Assert.Equal(NationalIndicatorSets.EcoIndustrialParkJson,
            (await WithSetsAsync(app, sets => sets.ListAsync(default))).Single(v => v.SetId == NationalIndicatorSets.EcoIndustrialParkSetId).Json);
    }

    [Fact]
    public async Task UploadDraftAsync_ParkSetTurnedIntoAnEnterpriseSet_IsRefusedAndStoresNothing()
    {
        await using var app = await TestApp.StartAsync();
        var enterpriseSetUnderParkId = NationalIndicatorSets.EcoEnterpriseJson
            .Replace("\"setId\": \"vn-eco-enterprise-national\"", "\"setId\": \"vn-eip-national\"").Replace("\"version\": 1,", "\"version\": 2,");

        var refused = await Assert.ThrowsAsync<DomainException>(() => WithSetsAsync(app, sets => sets.UploadDraftAsync("x.json", enterpriseSetUnderParkId, null, default)));

        Assert.Equal("IndicatorSet.SubjectChanged", refused.Code);
        Assert.Equal(2, await CountAsync(app));
    }
}
