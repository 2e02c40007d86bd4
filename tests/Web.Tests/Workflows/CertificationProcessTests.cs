using System.Text.Json.Nodes;
using Certification.Web.Data;
using Certification.Web.Domain.Applications;
using Certification.Web.Infrastructure.Workflows;
using Certification.Web.Tests.Infrastructure;
using Certification.Workflows.Processes;
using Certification.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Certification.Web.Tests.Workflows.ProcessWorld;
using Ids = Certification.Workflows.Processes.EcoIndustrialParkProcess.ActivityIds;

namespace Certification.Web.Tests.Workflows;

/// <summary>The EIP process (Decree 35 Art 41) through every branch, against PostgreSQL, through the host.</summary>
public sealed class CertificationProcessTests
{
    [Fact]
    public async Task CompletenessCheck_Incomplete_ReturnsToApplicantAndResubmitReturnsToBoard()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await world.OpenAsync();
        Done(await world.ActAsync(Developer, id, Ids.Draft, ProcessOutcomes.Submit));

        Done(await world.ActAsync(Board, id, Ids.CompletenessCheck, ProcessOutcomes.Incomplete,
            new JsonObject { [ProcessDataKeys.MissingItems] = "Thiếu báo cáo quan trắc môi trường 2025" }));
        var returned = await world.ApplicationAsync(id);
        Done(await world.ActAsync(Developer, id, Ids.Resubmit, ProcessOutcomes.Resubmit));
        var resubmitted = await world.ApplicationAsync(id);
        Done(await world.ActAsync(Board, id, Ids.CompletenessCheck, ProcessOutcomes.Complete));

        Assert.Equal(ApplicationStatus.Incomplete, returned.Status);
        Assert.Equal("Thiếu báo cáo quan trắc môi trường 2025", returned.MissingItems);
        Assert.Equal(ApplicationStatus.Submitted, resubmitted.Status);
        Assert.Null(resubmitted.MissingItems);
        var routing = await world.ApplicationAsync(id);
        Assert.Equal(ApplicationStatus.Routing, routing.Status);
        Assert.NotNull(routing.DossierCompleteOn);
        Assert.NotNull(await world.TaskAsync(id, Ids.Route));
    }

    [Fact]
    public async Task Review_SupplementRequested_PausesDossierAndReviewClocksUntilSupplied()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await world.OpenAndRouteAsync();

        Done(await world.ActAsync(Mae, id, Ids.Review, ProcessOutcomes.RequestSupplement,
            new JsonObject { [ProcessDataKeys.SupplementRequest] = "Bổ sung số liệu nước thải tái sử dụng" }, "ENV.1"));
        var waiting = await world.InstanceAsync(id);
        Done(await world.ActAsync(Developer, id, Ids.Supplement, ProcessOutcomes.Supplied, itemKey: "ENV.1"));
        var resumed = await world.InstanceAsync(id);

        Assert.True(waiting.FindClock("dossier")!.IsPaused);
        Assert.True(waiting.FindClock("review/ENV.1")!.IsPaused);
        Assert.False(waiting.FindClock("review/ENV.2")!.IsPaused);
        Assert.Null(waiting.Bookmarks.SingleOrDefault(b => b.ActivityId == Ids.Review && b.ItemKey == "ENV.1"));
        Assert.False(resumed.FindClock("dossier")!.IsPaused);
        Assert.False(resumed.FindClock("review/ENV.1")!.IsPaused);
        Assert.Single(resumed.FindClock("review/ENV.1")!.Pauses);
        Assert.NotNull(resumed.Bookmarks.SingleOrDefault(b => b.ActivityId == Ids.Review && b.ItemKey == "ENV.1"));
        Assert.Equal(ApplicationStatus.UnderReview, (await world.ApplicationAsync(id)).Status);
    }

    public static TheoryData<string, string> ReviewOrders => new() { { Mae, Moit }, { Moit, Mae } };

    [Theory]
    [MemberData(nameof(ReviewOrders))]
    public async Task Reviews_FinishingInEitherOrder_OpenEvaluationOnlyAfterTheLast(string first, string second)
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await world.OpenAndRouteAsync();
        string Item(string reviewer) => reviewer == Mae ? "ENV.1" : "ENV.2";

        Done(await world.ActAsync(first, id, Ids.Review, ProcessOutcomes.Reject, new JsonObject { ["comment"] = "Chưa đạt" }, Item(first)));
        var afterFirst = await world.ApplicationAsync(id);
        var evaluationAfterFirst = await world.TaskAsync(id, Ids.Evaluation);
        Done(await world.ActAsync(second, id, Ids.Review, ProcessOutcomes.Approve, itemKey: Item(second)));

        Assert.Equal(ApplicationStatus.UnderReview, afterFirst.Status);
        Assert.Null(evaluationAfterFirst);
        Assert.NotNull(await world.TaskAsync(id, Ids.Evaluation));
        var routes = (await world.ApplicationAsync(id)).Routes.ToDictionary(r => r.IndicatorCode);
        Assert.Equal(ProcessOutcomes.Reject, routes[Item(first)].Decision);
        Assert.Equal("Chưa đạt", routes[Item(first)].Comment);
        Assert.Equal(ProcessOutcomes.Approve, routes[Item(second)].Decision);
    }

    [Fact]
    public async Task Evaluation_BoardRefuses_EndsRefusedByBoardWithReasons()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await world.ReachEvaluationAsync();

        Done(await world.ActAsync(Board, id, Ids.Evaluation, ProcessOutcomes.Refuse, Reasons("Tỷ lệ tái sử dụng nước thải 12% < 20%")));

        var application = await world.ApplicationAsync(id);
        Assert.Equal(ApplicationStatus.RefusedByBoard, application.Status);
        Assert.Equal("Tỷ lệ tái sử dụng nước thải 12% < 20%", application.RefusalReasons);
        Assert.NotNull(application.DecidedAt);
        Assert.Null(application.CertificateNumber);
        Assert.Equal(WorkflowStatus.Completed, (await world.InstanceAsync(id)).Status);
    }

    [Fact]
    public async Task CommitteeDecision_Refuses_EndsRefusedByCommittee()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await world.ReachEvaluationAsync();
        Done(await world.ActAsync(Board, id, Ids.Evaluation, ProcessOutcomes.Propose));

        Done(await world.ActAsync(Committee, id, Ids.CommitteeDecision, ProcessOutcomes.Refuse, Reasons("Chưa hoàn thành quy hoạch")));

        var application = await world.ApplicationAsync(id);
        Assert.Equal(ApplicationStatus.RefusedByCommittee, application.Status);
        Assert.Equal("Chưa hoàn thành quy hoạch", application.RefusalReasons);
        Assert.Equal(ProcessOutcomes.RefusedByCommittee, (await world.InstanceAsync(id)).FinalOutcome);
    }

    [Fact]
    public async Task CommitteeDecision_ApprovesTwoApplications_IssuesSequentialNumbersOfTheProvinceAndYear()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var first = await world.ReachEvaluationAsync();
        Done(await world.ActAsync(Board, first, Ids.Evaluation, ProcessOutcomes.Propose));
        Done(await world.ActAsync(Committee, first, Ids.CommitteeDecision, ProcessOutcomes.Approve));
        var secondPark = await app.World().ParkAsync(world.Province.Id, world.Person(Developer).OrganisationId);
        var second = await CreateSecondApplicationAsync(world, secondPark.Id);

        var certified = await world.ApplicationAsync(first);
        var next = await world.ApplicationAsync(second);
        var year = certified.CertificateIssuedOn!.Value.Year;
        Assert.Equal(ApplicationStatus.Certified, certified.Status);
        Assert.Equal($"01/{year}/GCN-KCNST-{world.Province.Code.ToUpperInvariant()}", certified.CertificateNumber);
        Assert.Equal($"02/{year}/GCN-KCNST-{world.Province.Code.ToUpperInvariant()}", next.CertificateNumber);
        Assert.Equal(certified.CertificateNumber, (await world.InstanceAsync(first)).Data[CertificateIssue.NumberKey]!.GetValue<string>());
    }

    private static async Task<Guid> CreateSecondApplicationAsync(ProcessWorld world, Guid parkId)
    {
        var other = new ProcessWorld(world.App, world.Province, parkId,
            new[] { Developer, Board, Committee, Mae, Moit, Admin }.ToDictionary(p => p, world.Person), await FilesAsync(world));
        var id = await other.ReachEvaluationAsync();
        Done(await other.ActAsync(Board, id, Ids.Evaluation, ProcessOutcomes.Propose));
        Done(await other.ActAsync(Committee, id, Ids.CommitteeDecision, ProcessOutcomes.Approve));
        return id;
    }

    private static Task<IReadOnlyList<Guid>> FilesAsync(ProcessWorld world) => world.App.InScopeAsync<IReadOnlyList<Guid>>(async services =>
    {
        var db = services.GetRequiredService<CertificationDbContext>();
        return await db.Applications.SelectMany(a => a.Documents).Select(d => d.EvidenceFileId).Distinct().ToListAsync();
    });

    [Fact]
    public async Task TaskRows_AfterEachStep_MatchTheOpenBookmarks()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await world.OpenAndRouteAsync();

        var instance = await world.InstanceAsync(id);
        var rows = await app.InScopeAsync(services => services.GetRequiredService<CertificationDbContext>().WorkflowTasks
            .Where(t => t.ApplicationId == id).ToListAsync());

        Assert.Equal(instance.Bookmarks.Select(b => b.Id).Order(), rows.Select(r => r.Id).Order());
        var mae = rows.Single(r => r.ItemKey == "ENV.1");
        Assert.Equal(ProcessRoles.Reviewer, mae.RoleCode);
        Assert.Equal(world.BodyOf(Mae).ToString(), mae.OrganisationId);
        Assert.NotNull(mae.DueOn);
    }
}
