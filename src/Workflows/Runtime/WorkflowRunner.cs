using System.Text.Json.Nodes;
using Certification.Workflows.Activities;
using Certification.Workflows.Clocks;
using Certification.Workflows.Definitions;

namespace Certification.Workflows.Runtime;

/// <summary>
/// Starts and advances workflow instances. Every method changes only the in-memory
/// <see cref="WorkflowInstance"/> it is given (plus whatever host actions do in the host's transaction)
/// and keeps executing non-blocking activities until every path waits, ended or faulted. The host
/// applies its own domain change, calls the runner, and commits both once; a crash before the commit
/// loses nothing and repeats nothing, because the bookmark resumed is still there to resume again.
/// </summary>
/// <remarks>
/// Cheap to create: build one per request with the current holiday calendar. The time comes from the
/// injected <see cref="TimeProvider"/> so tests and replays control it; working-day dates are
/// Viet Nam dates (<see cref="VietnamTime"/>).
/// </remarks>
public sealed class WorkflowRunner(
    WorkflowDefinitionRegistry registry, HostBindings bindings, WorkingDayCalendar calendar, TimeProvider timeProvider)
{
    /// <summary>The actor recorded for timer firings.</summary>
    public const string SystemActor = "system";

    /// <summary>Starts a new instance on the latest version of <paramref name="definitionName"/>.</summary>
    /// <param name="definitionName">The registered definition name.</param>
    /// <param name="actor">The user starting it (recorded in the journal).</param>
    /// <param name="data">Initial data (e.g. the applicant's organisation id); copied.</param>
    /// <param name="correlationId">The host's business key, e.g. the application id.</param>
    /// <param name="cancellationToken">Cancels host actions run during the start.</param>
    /// <exception cref="DefinitionNotFoundException">The name is not registered.</exception>
    /// <exception cref="WorkflowDefinitionException">The definition names a predicate or action the host has not bound.</exception>
    public async Task<WorkflowInstance> StartAsync(
        string definitionName, string actor, JsonObject? data = null, string? correlationId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var definition = registry.GetLatest(definitionName);
        bindings.EnsureBound(definition);

        var now = timeProvider.GetUtcNow();
        var instance = new WorkflowInstance(
            definition.Name, definition.Version, correlationId, data?.DeepClone().AsObject() ?? [], now);
        var run = new WorkflowRun(instance, definition, bindings, calendar, now, actor);
        var start = new ExecutionToken(definition.StartActivityId, null, null);
        run.Record(definition.GetActivity(definition.StartActivityId), start, JournalEntryKind.Started, summary: JsonData.Summarise(data));
        run.Enqueue(start);
        await run.RunAsync(cancellationToken);
        return instance;
    }

    /// <summary>Completes the human task behind <paramref name="bookmarkId"/> with <paramref name="outcome"/> and runs on.</summary>
    /// <param name="instance">The instance, loaded by the host; changed in place.</param>
    /// <param name="bookmarkId">The open task bookmark.</param>
    /// <param name="outcome">One of the bookmark's allowed outcomes.</param>
    /// <param name="actor">The user completing the task (the host checked they belong to the candidate group).</param>
    /// <param name="data">Data to merge into the instance (top-level keys replace); copied.</param>
    /// <param name="cancellationToken">Cancels host actions run afterwards.</param>
    /// <exception cref="BookmarkNotFoundException">The bookmark is not open (already resumed: treat as done).</exception>
    /// <exception cref="WorkflowStateException">The instance is faulted, or the bookmark is a timer.</exception>
    /// <exception cref="OutcomeNotAllowedException">The task does not offer <paramref name="outcome"/>.</exception>
    /// <exception cref="OutcomeDataMissingException">The outcome requires data that <paramref name="data"/> lacks.</exception>
    /// <exception cref="WorkflowDefinitionException">The definition names a predicate or action the host has not bound.</exception>
    public async Task ResumeAsync(
        WorkflowInstance instance, Guid bookmarkId, string outcome, string actor, JsonObject? data = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var bookmark = OpenBookmark(instance, bookmarkId, BookmarkKind.HumanTask);
        if (!bookmark.AllowedOutcomes.Contains(outcome))
        {
            throw new OutcomeNotAllowedException(bookmark.ActivityId, outcome, bookmark.AllowedOutcomes);
        }

        var definition = DefinitionOf(instance);
        bindings.EnsureBound(definition);
        if (definition.GetActivity(bookmark.ActivityId) is HumanTask task
            && task.RequiredData.TryGetValue(outcome, out var required)
            && required.Where(key => JsonData.IsEmpty(data?[key])).ToList() is { Count: > 0 } missing)
        {
            throw new OutcomeDataMissingException(bookmark.ActivityId, outcome, missing);
        }

        var run = new WorkflowRun(instance, definition, bindings, calendar, timeProvider.GetUtcNow(), actor);
        run.ResumeBookmark(bookmark, outcome, data);
        await run.RunAsync(cancellationToken);
    }

    /// <summary>Fires the timer behind <paramref name="bookmarkId"/> once its instant has come, and runs on.</summary>
    /// <exception cref="BookmarkNotFoundException">The timer already fired or was withdrawn (treat as done).</exception>
    /// <exception cref="WorkflowStateException">The instance is faulted, the bookmark is a task, or the timer is not due yet.</exception>
    /// <exception cref="WorkflowDefinitionException">The definition names a predicate or action the host has not bound.</exception>
    public async Task FireTimerAsync(WorkflowInstance instance, Guid bookmarkId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var bookmark = OpenBookmark(instance, bookmarkId, BookmarkKind.Timer);
        var now = timeProvider.GetUtcNow();
        if (bookmark.FireAt > now)
        {
            throw new WorkflowStateException(instance.Id, instance.Status, $"timer '{bookmark.ActivityId}' is due at {bookmark.FireAt:O}, not yet.");
        }

        var definition = DefinitionOf(instance);
        bindings.EnsureBound(definition);
        var run = new WorkflowRun(instance, definition, bindings, calendar, now, SystemActor);
        run.ResumeBookmark(bookmark, TimerEvent.ElapsedOutcome, data: null);
        await run.RunAsync(cancellationToken);
    }

    /// <summary>Re-runs the failed activity of an open incident (an administrator's action) and runs on.</summary>
    /// <exception cref="IncidentNotFoundException">The incident is not open (already retried, or unknown).</exception>
    /// <exception cref="WorkflowStateException">The instance already completed or was cancelled.</exception>
    public async Task RetryAsync(WorkflowInstance instance, Guid incidentId, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var incident = instance.Incidents.FirstOrDefault(i => i.Id == incidentId && i.IsOpen)
            ?? throw new IncidentNotFoundException(instance.Id, incidentId);
        EnsureNotFinished(instance);

        var definition = DefinitionOf(instance);
        bindings.EnsureBound(definition);
        var run = new WorkflowRun(instance, definition, bindings, calendar, timeProvider.GetUtcNow(), actor);
        incident.Resolve(actor, run.Now);
        run.Record(definition.GetActivity(incident.ActivityId), incident.Token, JournalEntryKind.Retried, summary: incident.Message);
        run.Enqueue(incident.Token);
        await run.RunAsync(cancellationToken);
    }

    /// <summary>Cancels the instance (e.g. the applicant withdrew): every bookmark is withdrawn, nothing runs.</summary>
    /// <exception cref="WorkflowStateException">The instance already completed or was cancelled.</exception>
    public void Cancel(WorkflowInstance instance, string actor, string reason)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        EnsureNotFinished(instance);

        var definition = DefinitionOf(instance);
        var now = timeProvider.GetUtcNow();
        var run = new WorkflowRun(instance, definition, bindings, calendar, now, actor);
        foreach (var bookmark in instance.Bookmarks.ToList())
        {
            run.Withdraw(bookmark);
        }

        run.Record(definition.GetActivity(definition.StartActivityId), new ExecutionToken(definition.StartActivityId, null, null),
            JournalEntryKind.Cancelled, summary: reason);
        instance.Cancel(now);
        instance.Settle(now);
    }

    private static Bookmark OpenBookmark(WorkflowInstance instance, Guid bookmarkId, BookmarkKind expected)
    {
        var bookmark = instance.FindBookmark(bookmarkId) ?? throw new BookmarkNotFoundException(instance.Id, bookmarkId);
        if (instance.Status == WorkflowStatus.Faulted)
        {
            throw new WorkflowStateException(instance.Id, instance.Status, "retry its open incidents before resuming.");
        }

        if (bookmark.Kind != expected)
        {
            throw new WorkflowStateException(
                instance.Id, instance.Status, $"bookmark {bookmarkId} of '{bookmark.ActivityId}' is a {bookmark.Kind}, not a {expected}.");
        }

        return bookmark;
    }

    private static void EnsureNotFinished(WorkflowInstance instance)
    {
        if (instance.Status is WorkflowStatus.Completed or WorkflowStatus.Cancelled)
        {
            throw new WorkflowStateException(instance.Id, instance.Status, "the instance has already finished.");
        }
    }

    private WorkflowDefinition DefinitionOf(WorkflowInstance instance) =>
        registry.Get(instance.DefinitionName, instance.DefinitionVersion);
}
