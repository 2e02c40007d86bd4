using Certification.Workflows.Activities;

namespace Certification.Workflows.Definitions;

/// <summary>Configures one <see cref="HumanTask"/> inside <see cref="WorkflowDefinitionBuilder.HumanTask"/>.</summary>
public sealed class HumanTaskBuilder
{
    private readonly string _id;
    private readonly List<string> _outcomes = [];
    private readonly List<ClockReference> _pausedClocks = [];
    private readonly Dictionary<string, IReadOnlyList<string>> _requiredData = new(StringComparer.Ordinal);
    private string? _displayName;
    private CandidateGroupRule? _assignee;
    private string? _formKey;
    private DueRule? _due;

    internal HumanTaskBuilder(string id) => _id = id;

    /// <summary>Sets the diagram label.</summary>
    public HumanTaskBuilder Named(string displayName)
    {
        _displayName = displayName;
        return this;
    }

    /// <summary>Sets who may complete the task.</summary>
    public HumanTaskBuilder AssignTo(CandidateGroupRule assignee)
    {
        _assignee = assignee;
        return this;
    }

    /// <summary>Adds the outcomes a person may choose.</summary>
    public HumanTaskBuilder Outcomes(params string[] outcomes)
    {
        _outcomes.AddRange(outcomes);
        return this;
    }

    /// <summary>Sets the key the web uses to choose the task's page.</summary>
    public HumanTaskBuilder Form(string formKey)
    {
        _formKey = formKey;
        return this;
    }

    /// <summary>Gives the task a deadline of <paramref name="workingDays"/> working days on <paramref name="clock"/>.</summary>
    public HumanTaskBuilder DueIn(int workingDays, ClockReference clock)
    {
        _due = new DueRule(workingDays, clock);
        return this;
    }

    /// <summary>Stops <paramref name="clocks"/> while the task waits (a task for the applicant).</summary>
    public HumanTaskBuilder Pauses(params ClockReference[] clocks)
    {
        _pausedClocks.AddRange(clocks);
        return this;
    }

    /// <summary>Requires the resume with <paramref name="outcome"/> to supply non-empty <paramref name="dataKeys"/>.</summary>
    public HumanTaskBuilder RequireData(string outcome, params string[] dataKeys)
    {
        _requiredData[outcome] = [.. dataKeys];
        return this;
    }

    internal HumanTask Build(List<string> errors)
    {
        if (_assignee is null)
        {
            errors.Add($"human task '{_id}' has no candidate group (call AssignTo)");
        }

        if (string.IsNullOrWhiteSpace(_formKey))
        {
            errors.Add($"human task '{_id}' has no form key (call Form)");
        }

        if (_outcomes.Count == 0)
        {
            errors.Add($"human task '{_id}' has no outcomes");
        }

        if (_due is { WorkingDays: < 1 })
        {
            errors.Add($"human task '{_id}' is due in {_due.WorkingDays} working days; the deadline must be at least 1");
        }

        foreach (var outcome in _requiredData.Keys.Where(o => !_outcomes.Contains(o)))
        {
            errors.Add($"human task '{_id}' requires data for outcome '{outcome}', which it does not offer");
        }

        // The placeholders below never escape: Build() throws when any error was recorded.
        return new HumanTask(
            _id, _displayName, _assignee ?? CandidateGroupRule.Fixed(string.Empty, string.Empty), [.. _outcomes],
            _formKey ?? string.Empty, _due, [.. _pausedClocks], new Dictionary<string, IReadOnlyList<string>>(_requiredData));
    }
}
