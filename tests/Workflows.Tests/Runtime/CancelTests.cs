using Certification.Workflows.Runtime;
using Certification.Workflows.Tests.Support;

namespace Certification.Workflows.Tests.Runtime;

public class CancelTests
{
    private readonly TestRuntime _runtime = new(new DateOnly(2025, 3, 3), SampleDefinitions.ForkAndJoin(quorum: null));

    [Fact]
    public async Task Cancel_Suspended_WithdrawsEveryBookmarkAndRecordsTheReason()
    {
        var instance = await _runtime.StartAsync("fork-join");

        _runtime.Runner.Cancel(instance, "applicant-1", "Withdrawn by the applicant");

        Assert.Equal(WorkflowStatus.Cancelled, instance.Status);
        Assert.Empty(instance.Bookmarks);
        Assert.Equal(_runtime.Time.GetUtcNow(), instance.CompletedAt);
        Assert.Equal(2, instance.Version);
        Assert.Equal(3, instance.Journal.Count(j => j.Kind == JournalEntryKind.Withdrawn && j.ActivityId.StartsWith("task")));
        Assert.Equal((JournalEntryKind.Cancelled, "applicant-1", "Withdrawn by the applicant"), (instance.Journal[^1].Kind, instance.Journal[^1].Actor, instance.Journal[^1].DataSummary));
    }

    [Fact]
    public async Task Cancel_AlreadyCancelled_ThrowsStateException()
    {
        var instance = await _runtime.StartAsync("fork-join");
        _runtime.Runner.Cancel(instance, "applicant-1", "Withdrawn");

        Assert.Throws<WorkflowStateException>(() => _runtime.Runner.Cancel(instance, "applicant-1", "Again"));
    }

    [Fact]
    public async Task ResumeAsync_AfterCancel_ThrowsBookmarkNotFound()
    {
        var instance = await _runtime.StartAsync("fork-join");
        var bookmarkId = TestRuntime.Waiting(instance, "taskA").Id;
        _runtime.Runner.Cancel(instance, "applicant-1", "Withdrawn");

        await Assert.ThrowsAsync<BookmarkNotFoundException>(() => _runtime.Runner.ResumeAsync(instance, bookmarkId, "done", "officer"));
    }
}
