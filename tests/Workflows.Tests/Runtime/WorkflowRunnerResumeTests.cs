using System.Text.Json.Nodes;
using Certification.Workflows.Runtime;
using Certification.Workflows.Tests.Support;

namespace Certification.Workflows.Tests.Runtime;

public class WorkflowRunnerResumeTests
{
    private readonly TestRuntime _runtime = new(new DateOnly(2025, 3, 3), SampleDefinitions.SingleTask());

    [Fact]
    public async Task StartAsync_FirstActivityIsATask_SuspendsOnItsBookmark()
    {
        var instance = await _runtime.StartAsync("single-task", new JsonObject { ["applicant"] = "P-1" });

        Assert.Equal(WorkflowStatus.Suspended, instance.Status);
        Assert.Equal(1, instance.Version);
        Assert.Equal("application-1", instance.CorrelationId);
        var bookmark = TestRuntime.Waiting(instance, "approval");
        Assert.Equal(BookmarkKind.HumanTask, bookmark.Kind);
        Assert.Equal("Officer@BOARD", bookmark.CandidateGroup!.ToString());
        Assert.Equal("sample.approval", bookmark.FormKey);
        Assert.Equal(["approve", "reject"], bookmark.AllowedOutcomes);
        Assert.Equal(_runtime.Time.GetUtcNow(), bookmark.CreatedAt);
    }

    [Fact]
    public async Task ResumeAsync_AllowedOutcome_RunsToEndAndJournalsWhoAndWhen()
    {
        var instance = await _runtime.StartAsync("single-task");
        _runtime.Time.Advance(TimeSpan.FromHours(3));

        await _runtime.CompleteAsync(instance, "approval", "reject", new JsonObject { ["reasons"] = "ENV.1 not met" }, actor: "officer-7");

        Assert.Equal(WorkflowStatus.Completed, instance.Status);
        Assert.Equal("Rejected", instance.FinalOutcome);
        Assert.Equal(2, instance.Version);
        Assert.Equal("ENV.1 not met", (string?)instance.Data["reasons"]);
        var completed = Assert.Single(instance.Journal, j => j.Kind == JournalEntryKind.Completed && j.ActivityId == "approval");
        Assert.Equal(("officer-7", "reject", "HumanTask"), (completed.Actor, completed.Outcome, completed.ActivityType));
        Assert.Equal(_runtime.Time.GetUtcNow(), completed.At);
        Assert.Equal("""{"reasons":"ENV.1 not met"}""", completed.DataSummary);
        Assert.Equal(
            [JournalEntryKind.Started, JournalEntryKind.Waiting, JournalEntryKind.Completed, JournalEntryKind.Completed],
            instance.Journal.Select(j => j.Kind));
        Assert.Equal([1, 2, 3, 4], instance.Journal.Select(j => j.Sequence));
    }

    [Fact]
    public async Task ResumeAsync_SameBookmarkTwice_ThrowsBookmarkNotFound()
    {
        var instance = await _runtime.StartAsync("single-task");
        var bookmarkId = TestRuntime.Waiting(instance, "approval").Id;
        await _runtime.Runner.ResumeAsync(instance, bookmarkId, "approve", "officer");

        var error = await Assert.ThrowsAsync<BookmarkNotFoundException>(() => _runtime.Runner.ResumeAsync(instance, bookmarkId, "approve", "officer"));

        Assert.Equal(bookmarkId, error.BookmarkId);
        Assert.Contains("already resumed", error.Message);
        Assert.Equal(2, instance.Version);
    }

    [Fact]
    public async Task ResumeAsync_OutcomeNotOffered_ThrowsAndLeavesInstanceUnchanged()
    {
        var instance = await _runtime.StartAsync("single-task");
        var before = WorkflowInstanceJson.Serialize(instance);

        var error = await Assert.ThrowsAsync<OutcomeNotAllowedException>(() => _runtime.CompleteAsync(instance, "approval", "escalate"));

        Assert.Equal("Outcome 'escalate' is not allowed for task 'approval'; allowed: approve, reject.", error.Message);
        Assert.Equal(before, WorkflowInstanceJson.Serialize(instance));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("""{"reasons":"  "}""")]
    [InlineData("""{"reasons":null}""")]
    [InlineData("""{"other":"x"}""")]
    public async Task ResumeAsync_RequiredDataMissingOrBlank_ThrowsOutcomeDataMissing(string? data)
    {
        var instance = await _runtime.StartAsync("single-task");

        var error = await Assert.ThrowsAsync<OutcomeDataMissingException>(() =>
            _runtime.CompleteAsync(instance, "approval", "reject", data is null ? null : JsonNode.Parse(data)!.AsObject()));

        Assert.Equal(["reasons"], error.MissingKeys);
        Assert.Equal(WorkflowStatus.Suspended, instance.Status);
    }

    [Fact]
    public async Task ResumeAsync_UnknownBookmark_ThrowsBookmarkNotFound()
    {
        var instance = await _runtime.StartAsync("single-task");

        await Assert.ThrowsAsync<BookmarkNotFoundException>(() => _runtime.Runner.ResumeAsync(instance, Guid.NewGuid(), "approve", "officer"));
    }
}
