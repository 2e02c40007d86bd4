using System.Text.Json.Nodes;
using Certification.Workflows.Activities;
using Certification.Workflows.Clocks;
using Certification.Workflows.Definitions;

namespace Certification.Workflows.Runtime;

/// <summary>
/// One runner call on one instance: a FIFO queue of paths, executed until every path waits on a
/// bookmark, ended, faulted or was absorbed by a join. All entries of the call share one instant.
/// </summary>
internal sealed class WorkflowRun(
    WorkflowInstance instance, WorkflowDefinition definition, HostBindings bindings,
    WorkingDayCalendar calendar, DateTimeOffset now, string actor)
{
    private Queue<ExecutionToken> _queue = new();
    private bool _ended;

    public WorkflowInstance Instance { get; } = instance;

    public WorkflowDefinition Definition { get; } = definition;

    public HostBindings Bindings { get; } = bindings;

    public WorkingDayCalendar Calendar { get; } = calendar;

    public DateTimeOffset Now { get; } = now;

    public DateOnly Today { get; } = VietnamTime.DateOf(now);

    public string Actor { get; } = actor;

    public void Enqueue(ExecutionToken token) => _queue.Enqueue(token);

    public void Record(Activity activity, ExecutionToken token, JournalEntryKind kind, string? outcome = null, string? summary = null) =>
        Instance.AppendJournal(Now, kind, activity.Id, activity.TypeName, token.ItemKey, Actor, outcome, summary);

    /// <summary>Journals the completion and moves the path along the transition for <paramref name="outcome"/>.</summary>
    public void Complete(Activity activity, ExecutionToken token, string outcome, string? summary = null)
    {
        Record(activity, token, JournalEntryKind.Completed, outcome, summary);
        Follow(activity, outcome, token);
    }

    public void Follow(Activity activity, string outcome, ExecutionToken context) =>
        Enqueue(new ExecutionToken(Definition.Target(activity.Id, outcome), context.ItemKey, context.ScopeId));

    public void Suspend(Activity activity, Bookmark bookmark)
    {
        foreach (var key in bookmark.HeldClockKeys)
        {
            Instance.FindClock(key)!.Pause(bookmark.Id.ToString(), Today);
        }

        Instance.AddBookmark(bookmark);
        Record(activity, bookmark.Token, JournalEntryKind.Waiting, summary: bookmark.CandidateGroup?.ToString() ?? bookmark.FireAt?.ToString("O"));
    }

    /// <summary>Closes a bookmark with an outcome (task completed, timer fired) and continues from it.</summary>
    public void ResumeBookmark(Bookmark bookmark, string outcome, JsonObject? data)
    {
        Instance.RemoveBookmark(bookmark);
        ReleaseClocks(bookmark);
        if (data is not null)
        {
            Instance.MergeData(data);
        }

        Complete(Definition.GetActivity(bookmark.ActivityId), bookmark.Token, outcome, JsonData.Summarise(data));
    }

    /// <summary>The fan-out item the path belongs to, looked up in the snapshots of its enclosing scopes.</summary>
    public JsonObject? ItemOf(ExecutionToken token)
    {
        if (token.ItemKey is null)
        {
            return null;
        }

        for (var scope = token.ScopeId is { } id ? Instance.FindScope(id) : null;
             scope is not null;
             scope = scope.ParentScopeId is { } parent ? Instance.FindScope(parent) : null)
        {
            if (scope.Items?[token.ItemKey] is JsonObject item)
            {
                return item;
            }
        }

        return null;
    }

    public ParallelScope OpenScope(Activity fork, ExecutionToken parent, int expected, JsonObject? items)
    {
        var scope = new ParallelScope(fork.Id, Definition.JoinOf(fork.Id).Id, parent, expected, items);
        Instance.AddScope(scope);
        return scope;
    }

    /// <summary>
    /// Fires a join: withdraws the scope's remaining paths (a quorum may leave some open), journals the
    /// join and continues in the enclosing scope and item.
    /// </summary>
    public void CompleteJoin(Join join, ParallelScope scope)
    {
        var closing = ScopeAndDescendants(scope.Id);
        foreach (var bookmark in Instance.Bookmarks.Where(b => b.ScopeId is { } id && closing.Contains(id)).ToList())
        {
            Withdraw(bookmark);
        }

        // A failed path of a closed scope is no longer needed; retrying it would run outside any scope.
        foreach (var incident in Instance.Incidents.Where(i => i.IsOpen && i.ScopeId is { } id && closing.Contains(id)))
        {
            incident.Resolve(Actor, Now);
            Record(Definition.GetActivity(incident.ActivityId), incident.Token, JournalEntryKind.Withdrawn, summary: incident.Message);
        }

        _queue = new Queue<ExecutionToken>(_queue.Where(t => t.ScopeId is not { } id || !closing.Contains(id)));
        foreach (var closed in Instance.Scopes.Where(s => closing.Contains(s.Id)).ToList())
        {
            Instance.RemoveScope(closed);
        }

        var continuation = new ExecutionToken(join.Id, scope.ParentItemKey, scope.ParentScopeId);
        Complete(join, continuation, Join.DoneOutcome, $"{scope.Arrivals} of {scope.Expected} paths arrived");
    }

    /// <summary>Ends the instance: every open bookmark is withdrawn and queued paths are dropped.</summary>
    public void End(End end, ExecutionToken token)
    {
        Record(end, token, JournalEntryKind.Completed, end.FinalOutcome);
        foreach (var bookmark in Instance.Bookmarks.ToList())
        {
            Withdraw(bookmark);
        }

        foreach (var scope in Instance.Scopes.ToList())
        {
            Instance.RemoveScope(scope);
        }

        _queue.Clear();
        _ended = true;
        Instance.End(end.FinalOutcome, Now);
    }

    /// <summary>Withdraws a bookmark without an outcome (quorum reached, instance ended or cancelled).</summary>
    public void Withdraw(Bookmark bookmark)
    {
        Instance.RemoveBookmark(bookmark);
        ReleaseClocks(bookmark);
        Record(Definition.GetActivity(bookmark.ActivityId), bookmark.Token, JournalEntryKind.Withdrawn);
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        Instance.MarkRunning();
        while (!_ended && _queue.TryDequeue(out var token))
        {
            var activity = Definition.GetActivity(token.ActivityId);
            try
            {
                await activity.ExecuteAsync(this, token, cancellationToken);
            }
            catch (Exception error) when (!(error is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                // Recorded, not swallowed: the incident keeps the path so an administrator can retry it.
                Instance.AddIncident(new Incident(token, activity.TypeName, error, Now));
                Record(activity, token, JournalEntryKind.Faulted, error.Message);
            }
        }

        Instance.Settle(Now);
    }

    private HashSet<Guid> ScopeAndDescendants(Guid rootId)
    {
        var result = new HashSet<Guid> { rootId };
        bool grew;
        do
        {
            grew = false;
            foreach (var scope in Instance.Scopes)
            {
                if (scope.ParentScopeId is { } parent && result.Contains(parent) && result.Add(scope.Id))
                {
                    grew = true;
                }
            }
        }
        while (grew);
        return result;
    }

    /// <summary>Ends this bookmark's pauses; a clock that runs again reschedules the tasks counting on it.</summary>
    private void ReleaseClocks(Bookmark bookmark)
    {
        foreach (var key in bookmark.HeldClockKeys)
        {
            var clock = Instance.FindClock(key)!;
            clock.Release(bookmark.Id.ToString(), Today);
            if (clock.IsPaused)
            {
                continue;
            }

            foreach (var waiting in Instance.Bookmarks.Where(b => b.ClockKey == key && b.DueInWorkingDays is not null))
            {
                waiting.Reschedule(clock.DueOn(Calendar, waiting.DueInWorkingDays!.Value, Today));
            }
        }
    }
}
