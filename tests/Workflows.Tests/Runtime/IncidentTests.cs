using Certification.Workflows.Activities;
using Certification.Workflows.Definitions;
using Certification.Workflows.Runtime;
using Certification.Workflows.Tests.Support;

namespace Certification.Workflows.Tests.Runtime;

public class IncidentTests
{
    private readonly TestRuntime _runtime = new(new DateOnly(2025, 3, 3), SampleDefinitions.TaskThenAction("certificate.issue"));
    private int _attempts;

    public IncidentTests() =>
        _runtime.Bindings.AddAction("certificate.issue", (context, _) =>
        {
            context.Data["certificateNumber"] = $"KCNST-{++_attempts:000}";
            return _attempts == 1 ? throw new TimeoutException("number sequence unavailable") : Task.CompletedTask;
        });

    [Fact]
    public async Task AutomaticAction_Throws_FaultsTheInstanceWithAnIncident()
    {
        var instance = await StartAndApproveAsync();

        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        var incident = Assert.Single(instance.Incidents);
        Assert.Equal(("act", "AutomaticAction", "number sequence unavailable"), (incident.ActivityId, incident.ActivityType, incident.Message));
        Assert.Equal(typeof(TimeoutException).FullName, incident.ExceptionType);
        Assert.Equal(_runtime.Time.GetUtcNow(), incident.OccurredAt);
        Assert.True(incident.IsOpen);
        Assert.Single(instance.Journal, j => j.Kind == JournalEntryKind.Faulted && j.ActivityId == "act");
    }

    [Fact]
    public async Task AutomaticAction_Throws_DiscardsTheDataItWrote()
    {
        var instance = await StartAndApproveAsync();

        Assert.False(instance.Data.ContainsKey("certificateNumber"));
    }

    [Fact]
    public async Task RetryAsync_ActionSucceedsNow_CompletesAndKeepsTheActionsData()
    {
        var instance = await StartAndApproveAsync();
        _runtime.Time.Advance(TimeSpan.FromHours(1));

        await _runtime.Runner.RetryAsync(instance, instance.Incidents[0].Id, "admin-1");

        Assert.Equal(WorkflowStatus.Completed, instance.Status);
        Assert.Equal("KCNST-002", (string?)instance.Data["certificateNumber"]);
        Assert.Equal(("admin-1", _runtime.Time.GetUtcNow()), (instance.Incidents[0].ResolvedBy, instance.Incidents[0].ResolvedAt));
        var actionDone = instance.Journal.Single(j => j.ActivityId == "act" && j.Kind == JournalEntryKind.Completed);
        Assert.Equal("""{"certificateNumber":"KCNST-002"}""", actionDone.DataSummary);
        Assert.Equal("admin-1", actionDone.Actor);
    }

    [Fact]
    public async Task RetryAsync_SameIncidentTwice_ThrowsIncidentNotFound()
    {
        var instance = await StartAndApproveAsync();
        var incidentId = instance.Incidents[0].Id;
        await _runtime.Runner.RetryAsync(instance, incidentId, "admin-1");

        await Assert.ThrowsAsync<IncidentNotFoundException>(() => _runtime.Runner.RetryAsync(instance, incidentId, "admin-1"));
    }

    [Fact]
    public async Task RetryAsync_FailsAgain_OpensASecondIncident()
    {
        var runtime = new TestRuntime(new DateOnly(2025, 3, 3), SampleDefinitions.TaskThenAction("always.fails"));
        runtime.Bindings.AddAction("always.fails", (_, _) => throw new InvalidOperationException("printer offline"));
        var instance = await runtime.StartAsync("task-action");
        await runtime.CompleteAsync(instance, "approval", "approve");

        await runtime.Runner.RetryAsync(instance, instance.Incidents[0].Id, "admin-1");

        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        Assert.Equal([false, true], instance.Incidents.Select(i => i.IsOpen));
    }

    [Fact]
    public async Task ResumeAsync_OtherBranchFaulted_ThrowsStateExceptionUntilRetried()
    {
        var failing = true;
        var runtime = new TestRuntime(new DateOnly(2025, 3, 3), ForkWithFailingBranch());
        runtime.Bindings.AddAction("flaky", (_, _) => failing ? throw new InvalidOperationException("mail server down") : Task.CompletedTask);
        var instance = await runtime.StartAsync("fork-fault");
        Assert.Equal(WorkflowStatus.Faulted, instance.Status);

        var error = await Assert.ThrowsAsync<WorkflowStateException>(() => runtime.CompleteAsync(instance, "taskA", "done"));
        Assert.Contains("retry its open incidents before resuming", error.Message);

        failing = false;
        await runtime.Runner.RetryAsync(instance, instance.Incidents[0].Id, "admin-1");
        Assert.Equal(WorkflowStatus.Suspended, instance.Status);
        await runtime.CompleteAsync(instance, "taskA", "done");
        Assert.Equal(WorkflowStatus.Completed, instance.Status);
    }

    [Fact]
    public async Task RetryAsync_CompletesAQuorum_WithdrawsTheScopesOtherIncidentAndTask()
    {
        var failing = true;
        var runtime = new TestRuntime(new DateOnly(2025, 3, 3), ForkWithTwoFailingBranches());
        runtime.Bindings.AddAction("flaky", (_, _) => failing ? throw new InvalidOperationException("registry offline") : Task.CompletedTask);
        var instance = await runtime.StartAsync("quorum-fault");
        Assert.Equal(2, instance.Incidents.Count(i => i.IsOpen));

        failing = false;
        await runtime.Runner.RetryAsync(instance, instance.Incidents[0].Id, "admin-1");

        Assert.Equal(WorkflowStatus.Completed, instance.Status);
        Assert.DoesNotContain(instance.Incidents, i => i.IsOpen);
        Assert.Single(instance.Journal, j => j.Kind == JournalEntryKind.Withdrawn && j.ActivityId == "checkC");
        Assert.Single(instance.Journal, j => j.Kind == JournalEntryKind.Withdrawn && j.ActivityId == "taskA");
        await Assert.ThrowsAsync<IncidentNotFoundException>(() => runtime.Runner.RetryAsync(instance, instance.Incidents[1].Id, "admin-1"));
    }

    [Fact]
    public async Task RetryAsync_UnknownIncident_ThrowsIncidentNotFound()
    {
        var instance = await StartAndApproveAsync();

        await Assert.ThrowsAsync<IncidentNotFoundException>(() => _runtime.Runner.RetryAsync(instance, Guid.NewGuid(), "admin-1"));
    }

    // Any one branch suffices; branches b and c run the same flaky host action.
    private static WorkflowDefinition ForkWithTwoFailingBranches() =>
        new WorkflowDefinitionBuilder("quorum-fault", 1)
            .StartAt("split")
            .Fork("split", ["a", "b", "c"])
            .HumanTask("taskA", t => t.AssignTo(SampleDefinitions.Officers).Outcomes("done").Form("sample.a"))
            .Action("checkB", "flaky")
            .Action("checkC", "flaky")
            .Join("merge", "split", quorum: 1)
            .End("end", "Done")
            .Transition("split", "a", "taskA")
            .Transition("split", "b", "checkB")
            .Transition("split", "c", "checkC")
            .Transition("taskA", "done", "merge")
            .Transition("checkB", AutomaticAction.DoneOutcome, "merge")
            .Transition("checkC", AutomaticAction.DoneOutcome, "merge")
            .Transition("merge", Join.DoneOutcome, "end")
            .Build();

    private static WorkflowDefinition ForkWithFailingBranch() =>
        new WorkflowDefinitionBuilder("fork-fault", 1)
            .StartAt("split")
            .Fork("split", ["a", "b"])
            .HumanTask("taskA", t => t.AssignTo(SampleDefinitions.Officers).Outcomes("done").Form("sample.a"))
            .Action("notify", "flaky")
            .Join("merge", "split")
            .End("end", "Done")
            .Transition("split", "a", "taskA")
            .Transition("split", "b", "notify")
            .Transition("taskA", "done", "merge")
            .Transition("notify", AutomaticAction.DoneOutcome, "merge")
            .Transition("merge", Join.DoneOutcome, "end")
            .Build();

    private async Task<WorkflowInstance> StartAndApproveAsync()
    {
        var instance = await _runtime.StartAsync("task-action");
        await _runtime.CompleteAsync(instance, "approval", "approve");
        return instance;
    }
}
