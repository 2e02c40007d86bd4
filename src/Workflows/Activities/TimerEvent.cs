using Certification.Workflows.Clocks;
using Certification.Workflows.Runtime;

namespace Certification.Workflows.Activities;

/// <summary>
/// Waits until an instant, then continues with <see cref="ElapsedOutcome"/>. The instant is either read
/// from instance data (the host computed it, e.g. a reporting deadline) or lies
/// <see cref="WorkingDays"/> working days after the day the timer starts: at 00:00 Viet Nam time on the
/// day after the n-th working day, i.e. once that day has fully passed. The host's timer job fires due
/// timer bookmarks with <see cref="WorkflowRunner.FireTimerAsync"/>.
/// </summary>
public sealed class TimerEvent : Activity
{
    /// <summary>The only outcome of a timer.</summary>
    public const string ElapsedOutcome = "elapsed";

    internal TimerEvent(string id, string? displayName, int? workingDays, string? instantDataKey)
        : base(id, displayName)
    {
        WorkingDays = workingDays;
        InstantDataKey = instantDataKey;
    }

    /// <summary>Working days to wait, or <see langword="null"/> when the instant comes from data.</summary>
    public int? WorkingDays { get; }

    /// <summary>The data key of an ISO 8601 instant, or <see langword="null"/> when counting working days.</summary>
    public string? InstantDataKey { get; }

    /// <inheritdoc />
    public override IReadOnlyList<string> Outcomes { get; } = [ElapsedOutcome];

    internal override ValueTask ExecuteAsync(WorkflowRun run, ExecutionToken token, CancellationToken cancellationToken)
    {
        var fireAt = WorkingDays is { } days
            ? VietnamTime.StartOf(run.Calendar.AddWorkingDays(run.Today, days).AddDays(1))
            : JsonData.RequireInstant(run.Instance.Data, InstantDataKey!);
        run.Suspend(this, Bookmark.ForTimer(token, run.Now, fireAt));
        return ValueTask.CompletedTask;
    }
}
