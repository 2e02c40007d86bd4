using Certification.Workflows.Runtime;

namespace Certification.Workflows.Activities;

/// <summary>
/// Work for a person of a candidate group: the instance waits on a bookmark until someone of the group
/// chooses one of <see cref="Outcomes"/> (<see cref="WorkflowRunner.ResumeAsync"/>).
/// </summary>
public sealed class HumanTask : Activity
{
    internal HumanTask(
        string id, string? displayName, CandidateGroupRule assignee, IReadOnlyList<string> outcomes, string formKey,
        DueRule? due, IReadOnlyList<ClockReference> pausesClocks, IReadOnlyDictionary<string, IReadOnlyList<string>> requiredData)
        : base(id, displayName)
    {
        Assignee = assignee;
        Outcomes = outcomes;
        FormKey = formKey;
        Due = due;
        PausesClocks = pausesClocks;
        RequiredData = requiredData;
    }

    /// <summary>How the candidate group is found when the task becomes active.</summary>
    public CandidateGroupRule Assignee { get; }

    /// <summary>The outcomes a person may choose.</summary>
    public override IReadOnlyList<string> Outcomes { get; }

    /// <summary>The key the web uses to choose the task's page, e.g. "eip.review".</summary>
    public string FormKey { get; }

    /// <summary>The deadline, or <see langword="null"/> for an open-ended task (e.g. the applicant's draft).</summary>
    public DueRule? Due { get; }

    /// <summary>
    /// Clocks that stop while this task waits: a task for the applicant stops the authority's clocks.
    /// Clocks not started yet are left alone.
    /// </summary>
    public IReadOnlyList<ClockReference> PausesClocks { get; }

    /// <summary>Per outcome, the data keys the resume must supply non-empty (e.g. "refuse" → "reasons").</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> RequiredData { get; }

    internal override ValueTask ExecuteAsync(WorkflowRun run, ExecutionToken token, CancellationToken cancellationToken)
    {
        var group = Assignee.Resolve(run.Instance.Data, run.ItemOf(token));
        var dueClockKey = Due?.Clock.KeyFor(token.ItemKey);
        var heldClockKeys = PausesClocks.Select(clock => clock.KeyFor(token.ItemKey)).ToList();

        var dueClock = dueClockKey is null ? null : run.Instance.StartClock(dueClockKey, run.Today);
        var dueOn = dueClock?.DueOn(run.Calendar, Due!.WorkingDays, run.Today);
        var held = heldClockKeys.Where(key => run.Instance.FindClock(key) is not null).ToList();
        run.Suspend(this, Bookmark.ForHumanTask(this, token, group, run.Now, dueClockKey, dueOn, held));
        return ValueTask.CompletedTask;
    }
}
