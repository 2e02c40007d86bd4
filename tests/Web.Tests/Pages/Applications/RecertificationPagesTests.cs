using System.Net;
using Certification.Web.Data;
using Certification.Web.Domain.Assessment;
using Certification.Web.Tests.Infrastructure;
using Certification.Web.Tests.Workflows;
using Certification.Workflows.Clocks;
using Certification.Workflows.Processes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ids = Certification.Workflows.Processes.RecertificationProcess.ActivityIds;

namespace Certification.Web.Tests.Pages.Applications;

/// <summary>Re-certification (Art 45) through the pages: the holder opens it, the Board evaluates on the yearly record.</summary>
public sealed class RecertificationPagesTests
{
    private static readonly DateOnly Today = new(2026, 10, 5);
    private static TestClock Clock() => new(new DateTimeOffset(2026, 10, 5, 9, 0, 0, VietnamTime.Offset));

    [Fact]
    public async Task Index_DeveloperWithACertificateEndingIn30Days_OffersRenewalAndOpensIt()
    {
        await using var app = await TestApp.StartAsync(clock: Clock());
        var world = await ProcessWorld.CreateAsync(app);
        var old = await EnterpriseWorld.CertifyParkAsync(app, world.Province.Id, world.ParkId, world.Person(ProcessWorld.Committee).OrganisationId,
            new DateOnly(2023, 11, 4), Today.AddDays(30));
        var developer = await world.ClientAsync(ProcessWorld.Developer);

        var page = PageHtml.Decoded(await developer.GetStringAsync("/Applications"));
        var opened = await SignedInClient.PostFormAsync(developer, "/Applications?handler=Renew", new() { ["ParkId"] = world.ParkId.ToString() });
        var details = PageHtml.Decoded(await developer.GetStringAsync(opened.Headers.Location!.OriginalString));

        Assert.Contains($"id=\"renew-{world.ParkId}\"", page);
        Assert.Contains(old.Number, page);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Contains("Cấp lại giấy chứng nhận khu công nghiệp sinh thái", details);
    }

    [Fact]
    public async Task Evaluation_ParkRenewal_ShowsTheRenewedCertificateTheYearlySnapshotsAndTodaysCriteria()
    {
        await using var app = await TestApp.StartAsync(clock: Clock());
        var world = await ProcessWorld.CreateAsync(app);
        var old = await EnterpriseWorld.CertifyParkAsync(app, world.Province.Id, world.ParkId, world.Person(ProcessWorld.Committee).OrganisationId,
            new DateOnly(2023, 11, 4), Today.AddDays(30));
        await app.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<CertificationDbContext>();
            foreach (var (on, met) in new[] { (new DateOnly(2025, 3, 1), 17), (new DateOnly(2026, 3, 1), 19) })
                db.ParkAssessmentRecords.Add(new ParkAssessmentRecord(world.ParkId, "vn-eip-national", 1, on, DateTimeOffset.UtcNow, null,
                    met * 100m / 24, false, met, 24, "{}"));
            await db.SaveChangesAsync();
        });
        var id = await RecertificationWorld.OpenForParkAsync(world);
        ProcessWorld.Done(await world.ActAsync(ProcessWorld.Developer, id, Ids.Draft, ProcessOutcomes.Submit));
        ProcessWorld.Done(await world.ActAsync(ProcessWorld.Board, id, Ids.CompletenessCheck, ProcessOutcomes.Complete));
        var officer = await world.ClientAsync(ProcessWorld.Board);
        var taskId = (await world.TaskAsync(id, Ids.Evaluation))!.Id;

        var page = PageHtml.Decoded(await officer.GetStringAsync($"/Tasks/Task/{id}/{taskId}"));

        Assert.Contains("id=\"recertification\"", page);
        Assert.Contains(old.Number, page);
        Assert.Contains("data-reporting-year=\"2024\"", page);
        Assert.Contains("data-reporting-year=\"2025\"", page);
        Assert.Contains("19/24", page);
        Assert.Contains("data-set-id=\"vn-eip-national\"", page);
        Assert.Contains("id=\"outcome-propose\"", page);
    }

    [Fact]
    public async Task Evaluation_EnterpriseRenewal_ShowsItsYearlyReportsAndNoDepartmentOpinions()
    {
        await using var app = await TestApp.StartAsync(clock: Clock());
        var world = await EnterpriseWorld.CreateAsync(app);
        await RecertificationWorld.CertifyEnterpriseAsync(world, new DateOnly(2023, 5, 2), Today.AddDays(20));
        await Infrastructure.Assessment.EnterpriseEvaluatorTests.ReportAsync(app, world, 2024, appliesRecp: true, waterSaved: 800m);
        await Infrastructure.Assessment.EnterpriseEvaluatorTests.ReportAsync(app, world, 2025, appliesRecp: true, waterSaved: 1250m);
        var id = await RecertificationWorld.OpenForEnterpriseAsync(world);
        ProcessWorld.Done(await world.ActAsync(EnterpriseWorld.Company, id, Ids.Draft, ProcessOutcomes.Submit));
        ProcessWorld.Done(await world.ActAsync(EnterpriseWorld.Board, id, Ids.CompletenessCheck, ProcessOutcomes.Complete));
        var officer = await world.ClientAsync(EnterpriseWorld.Board);
        var taskId = (await world.TaskAsync(id, Ids.Evaluation))!.Id;

        var page = PageHtml.Decoded(await officer.GetStringAsync($"/Tasks/Task/{id}/{taskId}"));

        Assert.Contains("id=\"legal-note\"", page);
        Assert.Contains("data-reporting-year=\"2024\"", page);
        Assert.Contains("data-reporting-year=\"2025\"", page);
        Assert.Contains("1.250", page);   // water saved in 2025, Vietnamese digit grouping
        Assert.Contains("id=\"criterion-RECP.1\" data-outcome=\"Met\"", page);
        Assert.Contains("id=\"outcome-approve\"", page);
    }
}
