using System.Text.Json.Nodes;
using Certification.Web.Data;
using Certification.Web.Domain.Applications;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Workflows;
using Certification.Web.Tests.Infrastructure;
using Certification.Workflows.Processes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Certification.Web.Tests.Workflows.ProcessWorld;
using Ids = Certification.Workflows.Processes.EcoIndustrialParkProcess.ActivityIds;

namespace Certification.Web.Tests.Workflows;

/// <summary>What the host refuses, and how: twice, at once, by the wrong person, without required data.</summary>
public sealed class TaskCompletionTests
{
    [Fact]
    public async Task CompleteTask_SameTaskTwice_SecondIsRefusedAsAlreadyDoneAndNothingRepeats()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await world.OpenAsync();
        var draft = (await world.TaskAsync(id, Ids.Draft))!;

        var first = await world.CompleteAsync(Developer, id, draft.Id, ProcessOutcomes.Submit);
        var second = await world.CompleteAsync(Developer, id, draft.Id, ProcessOutcomes.Submit);

        Done(first);
        Assert.Equal(TaskRefusal.AlreadyDone, second.Refusal);
        Assert.Equal("Bước này đã được xử lý.", second.Message);
        var journal = (await world.InstanceAsync(id)).Journal;
        Assert.Single(journal, j => j.ActivityId == Ids.Draft && j.Kind == Certification.Workflows.Runtime.JournalEntryKind.Completed);
    }

    [Fact]
    public async Task CompleteTask_TwoBoardOfficersActAtOnce_OneWinsTheOtherIsToldToReload()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await world.OpenAsync();
        Done(await world.ActAsync(Developer, id, Ids.Draft, ProcessOutcomes.Submit));
        var check = (await world.TaskAsync(id, Ids.CompletenessCheck))!;
        await using var slowScope = app.Services.CreateAsyncScope();
        var slowDb = slowScope.ServiceProvider.GetRequiredService<CertificationDbContext>();
        // The slower officer's request has read the application and the instance before the faster one commits.
        var application = await slowDb.Applications.Include(a => a.Documents).Include(a => a.Routes).SingleAsync(a => a.Id == id);
        await slowDb.WorkflowInstances.SingleAsync(i => i.Id == application.WorkflowInstanceId);

        var faster = await world.CompleteAsync(Board, id, check.Id, ProcessOutcomes.Complete);
        var slower = await slowScope.ServiceProvider.GetRequiredService<WorkflowHost>().CompleteTaskAsync(new AccessPolicy(world.Person(Board)), id,
            check.Id, ProcessOutcomes.Incomplete, new JsonObject { [ProcessDataKeys.MissingItems] = "Thiếu bản đồ" }, CancellationToken.None);

        Done(faster);
        Assert.Equal(TaskRefusal.Reload, slower.Refusal);
        Assert.Equal("Hồ sơ vừa được người khác cập nhật, vui lòng tải lại.", slower.Message);
        var saved = await world.ApplicationAsync(id);
        Assert.Equal(ApplicationStatus.Routing, saved.Status);
        Assert.Null(saved.MissingItems);
    }

    [Fact]
    public async Task CompleteTask_ReviewerOfAnotherBody_IsRefusedAsNotInGroup()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await world.OpenAndRouteAsync();
        var maeTask = (await world.TaskAsync(id, Ids.Review, "ENV.1"))!;

        var result = await world.CompleteAsync(Moit, id, maeTask.Id, ProcessOutcomes.Approve);

        Assert.Equal(TaskRefusal.NotInGroup, result.Refusal);
        Assert.NotNull(await world.TaskAsync(id, Ids.Review, "ENV.1"));
    }

    [Fact]
    public async Task CompleteTask_DeveloperOnTheBoardsTask_IsRefusedAsNotInGroup()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await world.OpenAsync();
        Done(await world.ActAsync(Developer, id, Ids.Draft, ProcessOutcomes.Submit));
        var check = (await world.TaskAsync(id, Ids.CompletenessCheck))!;

        var result = await world.CompleteAsync(Developer, id, check.Id, ProcessOutcomes.Complete);

        Assert.Equal(TaskRefusal.NotInGroup, result.Refusal);
    }

    [Fact]
    public async Task CompleteTask_RefuseWithoutReasons_IsAFormErrorAndChangesNothing()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await world.ReachEvaluationAsync();

        var result = await world.ActAsync(Board, id, Ids.Evaluation, ProcessOutcomes.Refuse, new JsonObject());

        Assert.Equal(TaskRefusal.Invalid, result.Refusal);
        Assert.Equal("Vui lòng nêu lý do từ chối.", result.Message);
        Assert.Equal(ApplicationStatus.Evaluation, (await world.ApplicationAsync(id)).Status);
    }

    [Fact]
    public async Task CompleteTask_OutcomeTheTaskDoesNotOffer_IsAFormErrorOnOutcome()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await world.OpenAsync();

        var result = await world.ActAsync(Developer, id, Ids.Draft, ProcessOutcomes.Approve);

        Assert.Equal(TaskRefusal.Invalid, result.Refusal);
        Assert.Equal("outcome", result.Field);
    }

    [Fact]
    public async Task Submit_WithoutRequiredDossierParts_IsRefusedNamingTheParts()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await app.InScopeAsync(async services => (await services.GetRequiredService<ApplicationOpening>().OpenAsync(
            new AccessPolicy(world.Person(Developer)), ApplicationKind.EcoIndustrialPark, world.ParkId, null, false, CancellationToken.None))!.Id);

        var result = await world.ActAsync(Developer, id, Ids.Draft, ProcessOutcomes.Submit);

        Assert.Equal(TaskRefusal.Invalid, result.Refusal);
        Assert.Contains("Hồ sơ còn thiếu", result.Message);
        Assert.Equal(ApplicationStatus.Draft, (await world.ApplicationAsync(id)).Status);
    }
}
