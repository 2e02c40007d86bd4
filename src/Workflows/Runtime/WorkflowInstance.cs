using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Certification.Workflows.Clocks;

namespace Certification.Workflows.Runtime;

/// <summary>
/// One run of a workflow definition version, e.g. one park's certification dossier. It changes only
/// through <see cref="WorkflowRunner"/> (Start, Resume, FireTimer, Retry, Cancel), in memory, so the host
/// saves the domain change and the instance in one transaction. Every change increments
/// <see cref="Version"/>, which the host maps as the concurrency token.
/// </summary>
/// <remarks>
/// If a runner call throws, the in-memory object may be partly changed: discard it and reload.
/// Persist every property marked [JsonInclude]; <see cref="WorkflowInstanceJson"/> round-trips the whole
/// object. Private setters and the parameterless constructor exist for EF Core and System.Text.Json.
/// </remarks>
public sealed class WorkflowInstance
{
    private List<Bookmark> _bookmarks = [];
    private List<JournalEntry> _journal = [];
    private List<Incident> _incidents = [];
    private List<ParallelScope> _scopes = [];
    private List<ProcessClock> _clocks = [];

    [JsonConstructor]
    private WorkflowInstance()
    {
        DefinitionName = string.Empty;
        Data = [];
    }

    internal WorkflowInstance(string definitionName, int definitionVersion, string? correlationId, JsonObject data, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        DefinitionName = definitionName;
        DefinitionVersion = definitionVersion;
        CorrelationId = correlationId;
        Data = data;
        Status = WorkflowStatus.Running;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    /// <summary>The instance's identity.</summary>
    [JsonInclude] public Guid Id { get; private set; }

    /// <summary>The definition's name; with <see cref="DefinitionVersion"/> it pins the definition for life.</summary>
    [JsonInclude] public string DefinitionName { get; private set; }

    /// <summary>The definition version the instance started on; later versions never apply to it.</summary>
    [JsonInclude] public int DefinitionVersion { get; private set; }

    /// <summary>The host's business key (e.g. the application id), or <see langword="null"/>.</summary>
    [JsonInclude] public string? CorrelationId { get; private set; }

    /// <summary>Where the instance is in its life cycle.</summary>
    [JsonInclude] public WorkflowStatus Status { get; private set; }

    /// <summary>The End activity's final outcome (e.g. "Certified"); <see langword="null"/> until ended.</summary>
    [JsonInclude] public string? FinalOutcome { get; private set; }

    /// <summary>Concurrency stamp: starts at 1 and grows by 1 on every runner call that changes the instance.</summary>
    [JsonInclude] public long Version { get; private set; }

    /// <summary>When the instance started.</summary>
    [JsonInclude] public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the instance last changed.</summary>
    [JsonInclude] public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>When the instance completed or was cancelled.</summary>
    [JsonInclude] public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>The instance data: what the start and each resume supplied, and what actions wrote.</summary>
    [JsonInclude] public JsonObject Data { get; private set; }

    /// <summary>Open bookmarks: the instance's current steps.</summary>
    [JsonInclude] public IReadOnlyList<Bookmark> Bookmarks { get => _bookmarks; private set => _bookmarks = [.. value]; }

    /// <summary>The audit trail, in order.</summary>
    [JsonInclude] public IReadOnlyList<JournalEntry> Journal { get => _journal; private set => _journal = [.. value]; }

    /// <summary>Failures, open and retried.</summary>
    [JsonInclude] public IReadOnlyList<Incident> Incidents { get => _incidents; private set => _incidents = [.. value]; }

    /// <summary>Forks and fan-outs waiting for their join.</summary>
    [JsonInclude] public IReadOnlyList<ParallelScope> Scopes { get => _scopes; private set => _scopes = [.. value]; }

    /// <summary>Procedure clocks started so far.</summary>
    [JsonInclude] public IReadOnlyList<ProcessClock> Clocks { get => _clocks; private set => _clocks = [.. value]; }

    /// <summary>Activity ids with an open bookmark, for highlighting the diagram.</summary>
    [JsonIgnore] public IReadOnlySet<string> CurrentActivityIds => _bookmarks.Select(b => b.ActivityId).ToHashSet(StringComparer.Ordinal);

    /// <summary>The open bookmark with this id, or <see langword="null"/>.</summary>
    public Bookmark? FindBookmark(Guid bookmarkId) => _bookmarks.Find(b => b.Id == bookmarkId);

    /// <summary>The clock with this key, or <see langword="null"/> if it has not started.</summary>
    public ProcessClock? FindClock(string key) => _clocks.Find(c => c.Key == key);

    /// <summary>
    /// The live deadline of a task bookmark seen on <paramref name="today"/> (Viet Nam date), extended by
    /// the pauses of its clock; <see langword="null"/> when the task has no deadline.
    /// </summary>
    public Deadline? DeadlineOf(Bookmark bookmark, WorkingDayCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(bookmark);
        if (bookmark.ClockKey is null || bookmark.DueInWorkingDays is not { } workingDays || FindClock(bookmark.ClockKey) is not { } clock)
        {
            return null;
        }

        return clock.DeadlineOn(calendar, workingDays, today);
    }

    internal ParallelScope? FindScope(Guid scopeId) => _scopes.Find(s => s.Id == scopeId);

    internal void AddBookmark(Bookmark bookmark) => _bookmarks.Add(bookmark);

    internal void RemoveBookmark(Bookmark bookmark) => _bookmarks.Remove(bookmark);

    internal void AddIncident(Incident incident) => _incidents.Add(incident);

    internal void AddScope(ParallelScope scope) => _scopes.Add(scope);

    internal void RemoveScope(ParallelScope scope) => _scopes.Remove(scope);

    internal void AppendJournal(
        DateTimeOffset at, JournalEntryKind kind, string activityId, string activityType,
        string? itemKey, string actor, string? outcome, string? dataSummary) =>
        _journal.Add(new JournalEntry(_journal.Count + 1, at, kind, activityId, activityType, itemKey, actor, outcome, dataSummary));

    internal ProcessClock StartClock(string key, DateOnly on)
    {
        if (FindClock(key) is { } existing)
        {
            return existing;
        }

        var clock = new ProcessClock(key, on);
        _clocks.Add(clock);
        return clock;
    }

    internal void MergeData(JsonObject data)
    {
        foreach (var (key, value) in data)
        {
            Data[key] = value?.DeepClone();
        }
    }

    internal void ReplaceData(JsonObject data) => Data = data;

    internal void MarkRunning() => Status = WorkflowStatus.Running;

    internal void End(string finalOutcome, DateTimeOffset at)
    {
        FinalOutcome = finalOutcome;
        Status = WorkflowStatus.Completed;
        CompletedAt = at;
    }

    internal void Cancel(DateTimeOffset at)
    {
        Status = WorkflowStatus.Cancelled;
        CompletedAt = at;
    }

    /// <summary>Sets the status from what remains after a run and stamps the change.</summary>
    internal void Settle(DateTimeOffset at)
    {
        if (Status == WorkflowStatus.Running)
        {
            Status = _incidents.Exists(i => i.IsOpen) ? WorkflowStatus.Faulted
                : _bookmarks.Count > 0 ? WorkflowStatus.Suspended
                : WorkflowStatus.Completed;
            CompletedAt = Status == WorkflowStatus.Completed ? at : null;
        }

        Version++;
        UpdatedAt = at;
    }
}
