using System.Text.Json.Nodes;
using Certification.Workflows.Activities;
using Certification.Workflows.Clocks;
using Certification.Workflows.Definitions;
using Certification.Workflows.Runtime;
using Certification.Workflows.Tests.Support;

namespace Certification.Workflows.Tests.Runtime;

public class TimerEventTests
{
    // Friday 24 Jan 2025, the last working day before Tết.
    private readonly TestRuntime _runtime = new(new DateOnly(2025, 1, 24), Definition());

    public TimerEventTests() => _runtime.Bindings.AddPredicate("mode.days", context => (string?)context.Data["mode"] == "days");

    [Fact]
    public async Task TimerAfterWorkingDays_StartedBeforeTet_FiresAfterTheTwoWorkingDaysFollowingTet()
    {
        var instance = await _runtime.StartAsync("timer", new JsonObject { ["mode"] = "days" });

        var timer = TestRuntime.Waiting(instance, "wait");
        Assert.Equal(BookmarkKind.Timer, timer.Kind);
        Assert.Equal(VietnamTime.StartOf(new DateOnly(2025, 2, 5)), timer.FireAt); // 3 and 4 Feb have passed
        Assert.Null(timer.CandidateGroup);
    }

    [Fact]
    public async Task FireTimerAsync_BeforeItsInstant_ThrowsAndKeepsWaiting()
    {
        var instance = await _runtime.StartAsync("timer", new JsonObject { ["mode"] = "days" });
        _runtime.Time.SetVietnamTime(new DateOnly(2025, 2, 4), hour: 23);

        await Assert.ThrowsAsync<WorkflowStateException>(() => _runtime.Runner.FireTimerAsync(instance, TestRuntime.Waiting(instance, "wait").Id));

        Assert.Equal(WorkflowStatus.Suspended, instance.Status);
    }

    [Fact]
    public async Task FireTimerAsync_Due_ContinuesAsSystem()
    {
        var instance = await _runtime.StartAsync("timer", new JsonObject { ["mode"] = "days" });
        _runtime.Time.SetVietnamTime(new DateOnly(2025, 2, 5), hour: 0);

        await _runtime.Runner.FireTimerAsync(instance, TestRuntime.Waiting(instance, "wait").Id);

        Assert.Equal("Elapsed", instance.FinalOutcome);
        var fired = instance.Journal.Single(j => j.ActivityId == "wait" && j.Kind == JournalEntryKind.Completed);
        Assert.Equal((WorkflowRunner.SystemActor, TimerEvent.ElapsedOutcome), (fired.Actor, fired.Outcome));
    }

    [Fact]
    public async Task FireTimerAsync_AlreadyFired_ThrowsBookmarkNotFoundSoTheHostTreatsItAsDone()
    {
        var instance = await _runtime.StartAsync("timer", new JsonObject { ["mode"] = "days" });
        var timerId = TestRuntime.Waiting(instance, "wait").Id;
        _runtime.Time.SetVietnamTime(new DateOnly(2025, 2, 6));
        await _runtime.Runner.FireTimerAsync(instance, timerId);

        await Assert.ThrowsAsync<BookmarkNotFoundException>(() => _runtime.Runner.FireTimerAsync(instance, timerId));
        Assert.Equal(2, instance.Version);
    }

    [Fact]
    public async Task TimerAtInstant_FromData_FiresAtThatInstant()
    {
        var deadline = DateTimeOffset.Parse("2025-12-10T00:00:00+07:00");

        var instance = await _runtime.StartAsync("timer", new JsonObject { ["mode"] = "instant", ["reportDeadline"] = deadline });

        Assert.Equal(deadline, TestRuntime.Waiting(instance, "deadline").FireAt);
    }

    [Fact]
    public async Task TimerAtInstant_InstantStoredAsText_FiresAtThatInstant()
    {
        var data = JsonNode.Parse("""{"mode":"instant","reportDeadline":"2025-12-01T00:00:00+07:00"}""")!.AsObject();

        var instance = await _runtime.StartAsync("timer", data);

        Assert.Equal(DateTimeOffset.Parse("2025-11-30T17:00:00Z"), TestRuntime.Waiting(instance, "deadline").FireAt);
    }

    [Fact]
    public async Task TimerAtInstant_MissingInstant_FaultsWithIncident()
    {
        var instance = await _runtime.StartAsync("timer", new JsonObject { ["mode"] = "instant" });

        Assert.Contains("Expected an ISO 8601 instant with offset at 'reportDeadline'", Assert.Single(instance.Incidents).Message);
    }

    [Fact]
    public async Task ResumeAsync_TimerBookmark_ThrowsStateException()
    {
        var instance = await _runtime.StartAsync("timer", new JsonObject { ["mode"] = "days" });

        var error = await Assert.ThrowsAsync<WorkflowStateException>(() =>
            _runtime.Runner.ResumeAsync(instance, TestRuntime.Waiting(instance, "wait").Id, TimerEvent.ElapsedOutcome, "officer"));

        Assert.Contains("is a Timer, not a HumanTask", error.Message);
    }

    private static WorkflowDefinition Definition() =>
        new WorkflowDefinitionBuilder("timer", 1)
            .StartAt("mode")
            .Decision("mode", "mode.days")
            .TimerAfterWorkingDays("wait", 2)
            .TimerAtInstant("deadline", "reportDeadline")
            .End("end", "Elapsed")
            .Transition("mode", Decision.TrueOutcome, "wait")
            .Transition("mode", Decision.FalseOutcome, "deadline")
            .Transition("wait", TimerEvent.ElapsedOutcome, "end")
            .Transition("deadline", TimerEvent.ElapsedOutcome, "end")
            .Build();
}
