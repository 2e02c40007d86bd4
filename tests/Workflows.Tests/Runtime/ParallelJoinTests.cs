using Certification.Workflows.Runtime;
using Certification.Workflows.Tests.Support;

namespace Certification.Workflows.Tests.Runtime;

public class ParallelJoinTests
{
    [Fact]
    public async Task Fork_Started_WaitsOnEveryBranch()
    {
        var runtime = new TestRuntime(new DateOnly(2025, 3, 3), SampleDefinitions.ForkAndJoin(quorum: null));

        var instance = await runtime.StartAsync("fork-join");

        Assert.Equal(["taskA", "taskB", "taskC"], instance.Bookmarks.Select(b => b.ActivityId).Order());
        Assert.Single(instance.Scopes);
    }

    [Fact]
    public async Task JoinAll_TwoOfThreeBranchesDone_KeepsWaiting()
    {
        var runtime = new TestRuntime(new DateOnly(2025, 3, 3), SampleDefinitions.ForkAndJoin(quorum: null));
        var instance = await runtime.StartAsync("fork-join");

        await runtime.CompleteAsync(instance, "taskC", "done");
        await runtime.CompleteAsync(instance, "taskA", "done");

        Assert.Equal(["taskB"], instance.Bookmarks.Select(b => b.ActivityId));
        Assert.Equal(2, instance.Scopes.Single().Arrivals);
    }

    [Fact]
    public async Task JoinAll_LastBranchDone_ContinuesOncePastTheJoin()
    {
        var runtime = new TestRuntime(new DateOnly(2025, 3, 3), SampleDefinitions.ForkAndJoin(quorum: null));
        var instance = await runtime.StartAsync("fork-join");

        foreach (var task in new[] { "taskB", "taskC", "taskA" })
        {
            await runtime.CompleteAsync(instance, task, "done");
        }

        var after = TestRuntime.Waiting(instance, "after");
        Assert.Null(after.ScopeId);
        Assert.Empty(instance.Scopes);
        Assert.Single(instance.Journal, j => j.ActivityId == "merge" && j.Kind == JournalEntryKind.Completed);
    }

    [Fact]
    public async Task JoinQuorum_QuorumReached_WithdrawsTheRemainingBranch()
    {
        var runtime = new TestRuntime(new DateOnly(2025, 3, 3), SampleDefinitions.ForkAndJoin(quorum: 2));
        var instance = await runtime.StartAsync("fork-join");

        await runtime.CompleteAsync(instance, "taskA", "done");
        Assert.Equal(3 - 1, instance.Bookmarks.Count);
        await runtime.CompleteAsync(instance, "taskC", "done");

        Assert.Equal(["after"], instance.Bookmarks.Select(b => b.ActivityId));
        Assert.Single(instance.Journal, j => j.ActivityId == "taskB" && j.Kind == JournalEntryKind.Withdrawn);
        var merge = Assert.Single(instance.Journal, j => j.ActivityId == "merge");
        Assert.Equal("2 of 3 paths arrived", merge.DataSummary);
    }

    [Fact]
    public async Task JoinQuorum_WithdrawnBranchResumedLater_ThrowsBookmarkNotFound()
    {
        var runtime = new TestRuntime(new DateOnly(2025, 3, 3), SampleDefinitions.ForkAndJoin(quorum: 2));
        var instance = await runtime.StartAsync("fork-join");
        var lateBookmark = TestRuntime.Waiting(instance, "taskB").Id;
        await runtime.CompleteAsync(instance, "taskA", "done");
        await runtime.CompleteAsync(instance, "taskC", "done");

        await Assert.ThrowsAsync<BookmarkNotFoundException>(() => runtime.Runner.ResumeAsync(instance, lateBookmark, "done", "late-officer"));
    }
}
