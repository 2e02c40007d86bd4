using System.Text.Json.Serialization;
using Certification.Workflows.Activities;

namespace Certification.Workflows.Runtime;

/// <summary>
/// A point where an instance waits: a human task for a candidate group, or a timer. Resuming it
/// (<see cref="WorkflowRunner.ResumeAsync"/>, <see cref="WorkflowRunner.FireTimerAsync"/>) removes it,
/// so a second resume of the same id fails with <see cref="BookmarkNotFoundException"/>.
/// </summary>
/// <remarks>
/// Persisted with the instance. Hosts typically also query these columns: <see cref="Kind"/>,
/// <see cref="CandidateGroup"/> (task lists), <see cref="DueOn"/> (overdue reports),
/// <see cref="FireAt"/> (the timer job).
/// </remarks>
public sealed class Bookmark
{
    private List<string> _allowedOutcomes = [];
    private List<string> _heldClockKeys = [];

    [JsonConstructor]
    private Bookmark() => ActivityId = string.Empty;

    private Bookmark(Guid id, BookmarkKind kind, ExecutionToken token, DateTimeOffset createdAt)
    {
        Id = id;
        Kind = kind;
        ActivityId = token.ActivityId;
        ItemKey = token.ItemKey;
        ScopeId = token.ScopeId;
        CreatedAt = createdAt;
    }

    /// <summary>The bookmark's identity; the host passes it back to resume.</summary>
    [JsonInclude] public Guid Id { get; private set; }

    /// <summary>The waiting activity.</summary>
    [JsonInclude] public string ActivityId { get; private set; }

    /// <summary>Human task or timer.</summary>
    [JsonInclude] public BookmarkKind Kind { get; private set; }

    /// <summary>Who may complete the task; <see langword="null"/> for timers.</summary>
    [JsonInclude] public CandidateGroup? CandidateGroup { get; private set; }

    /// <summary>The key the web uses to choose the task's page; <see langword="null"/> for timers.</summary>
    [JsonInclude] public string? FormKey { get; private set; }

    /// <summary>The outcomes the task accepts; empty for timers.</summary>
    [JsonInclude] public IReadOnlyList<string> AllowedOutcomes { get => _allowedOutcomes; private set => _allowedOutcomes = [.. value]; }

    /// <summary>The fan-out item this task belongs to (e.g. an indicator code), or <see langword="null"/>.</summary>
    [JsonInclude] public string? ItemKey { get; private set; }

    /// <summary>The parallel scope (fork or fan-out execution) the path runs in, or <see langword="null"/>.</summary>
    [JsonInclude] public Guid? ScopeId { get; private set; }

    /// <summary>When the bookmark was created (UTC instant from the runner's TimeProvider).</summary>
    [JsonInclude] public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The clock the task's deadline counts on, or <see langword="null"/> when the task has no deadline.</summary>
    [JsonInclude] public string? ClockKey { get; private set; }

    /// <summary>The deadline's length in working days, or <see langword="null"/>.</summary>
    [JsonInclude] public int? DueInWorkingDays { get; private set; }

    /// <summary>
    /// The last on-time day (Viet Nam date, inclusive), recomputed when a pause on its clock ends; while
    /// the clock is paused the live value comes from <see cref="WorkflowInstance.DeadlineOf"/>.
    /// </summary>
    [JsonInclude] public DateOnly? DueOn { get; private set; }

    /// <summary>For timers: the instant from which the host may fire it.</summary>
    [JsonInclude] public DateTimeOffset? FireAt { get; private set; }

    /// <summary>Clocks this bookmark keeps paused while it waits (applicant tasks).</summary>
    [JsonInclude] public IReadOnlyList<string> HeldClockKeys { get => _heldClockKeys; private set => _heldClockKeys = [.. value]; }

    internal ExecutionToken Token => new(ActivityId, ItemKey, ScopeId);

    internal static Bookmark ForHumanTask(
        HumanTask task, ExecutionToken token, CandidateGroup group, DateTimeOffset createdAt,
        string? clockKey, DateOnly? dueOn, IReadOnlyList<string> heldClockKeys) =>
        new(Guid.NewGuid(), BookmarkKind.HumanTask, token, createdAt)
        {
            CandidateGroup = group,
            FormKey = task.FormKey,
            _allowedOutcomes = [.. task.Outcomes],
            ClockKey = clockKey,
            DueInWorkingDays = task.Due?.WorkingDays,
            DueOn = dueOn,
            _heldClockKeys = [.. heldClockKeys],
        };

    internal static Bookmark ForTimer(ExecutionToken token, DateTimeOffset createdAt, DateTimeOffset fireAt) =>
        new(Guid.NewGuid(), BookmarkKind.Timer, token, createdAt) { FireAt = fireAt };

    internal void Reschedule(DateOnly dueOn) => DueOn = dueOn;
}
