using Certification.Workflows.Activities;

namespace Certification.Workflows.Definitions;

/// <summary>
/// Writes a workflow definition in C#: add activities, connect them with transitions
/// (from activity + outcome → to activity), choose the start, then <see cref="Build"/>, which validates
/// the whole graph and reports every problem at once.
/// </summary>
public sealed class WorkflowDefinitionBuilder
{
    private readonly string _name;
    private readonly int _version;
    private readonly List<Activity> _activities = [];
    private readonly List<Transition> _transitions = [];
    private readonly List<string> _errors = [];
    private string? _displayName;
    private string? _startActivityId;

    /// <summary>Starts a definition named <paramref name="name"/> with version <paramref name="version"/> (from 1).</summary>
    public WorkflowDefinitionBuilder(string name, int version)
    {
        _name = name;
        _version = version;
    }

    /// <summary>Sets the label administrators see.</summary>
    public WorkflowDefinitionBuilder Named(string displayName)
    {
        _displayName = displayName;
        return this;
    }

    /// <summary>Makes <paramref name="activityId"/> the activity new instances start at.</summary>
    public WorkflowDefinitionBuilder StartAt(string activityId)
    {
        _startActivityId = activityId;
        return this;
    }

    /// <summary>Adds a <see cref="Activities.HumanTask"/> configured by <paramref name="configure"/>.</summary>
    public WorkflowDefinitionBuilder HumanTask(string id, Action<HumanTaskBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var task = new HumanTaskBuilder(id);
        configure(task);
        return Add(task.Build(_errors));
    }

    /// <summary>Adds a static <see cref="Activities.Fork"/> whose outcomes are <paramref name="branches"/>.</summary>
    public WorkflowDefinitionBuilder Fork(string id, IReadOnlyList<string> branches, string? displayName = null) =>
        Add(new Fork(id, displayName, [.. branches]));

    /// <summary>Adds a <see cref="Activities.FanOut"/> over the array at <paramref name="collectionKey"/>, items keyed by <paramref name="itemKeyField"/>.</summary>
    public WorkflowDefinitionBuilder FanOut(string id, string collectionKey, string itemKeyField, string? displayName = null) =>
        Add(new FanOut(id, displayName, collectionKey, itemKeyField));

    /// <summary>Adds a <see cref="Activities.Join"/> of <paramref name="forkId"/>'s paths: all, or the first <paramref name="quorum"/>.</summary>
    public WorkflowDefinitionBuilder Join(string id, string forkId, int? quorum = null, string? displayName = null) =>
        Add(new Join(id, displayName, forkId, quorum));

    /// <summary>Adds a <see cref="TimerEvent"/> that fires once <paramref name="workingDays"/> working days have passed.</summary>
    public WorkflowDefinitionBuilder TimerAfterWorkingDays(string id, int workingDays, string? displayName = null)
    {
        if (workingDays < 1)
        {
            _errors.Add($"timer '{id}' waits {workingDays} working days; it must wait at least 1");
        }

        return Add(new TimerEvent(id, displayName, workingDays, instantDataKey: null));
    }

    /// <summary>Adds a <see cref="TimerEvent"/> that fires at the instant stored in data under <paramref name="instantDataKey"/>.</summary>
    public WorkflowDefinitionBuilder TimerAtInstant(string id, string instantDataKey, string? displayName = null) =>
        Add(new TimerEvent(id, displayName, workingDays: null, instantDataKey));

    /// <summary>Adds a <see cref="Activities.Decision"/> on the host predicate <paramref name="predicateName"/>.</summary>
    public WorkflowDefinitionBuilder Decision(string id, string predicateName, string? displayName = null) =>
        Add(new Decision(id, displayName, predicateName));

    /// <summary>Adds an <see cref="AutomaticAction"/> running the host action <paramref name="actionName"/>.</summary>
    public WorkflowDefinitionBuilder Action(string id, string actionName, string? displayName = null) =>
        Add(new AutomaticAction(id, displayName, actionName));

    /// <summary>Adds an <see cref="Activities.End"/> with <paramref name="finalOutcome"/>.</summary>
    public WorkflowDefinitionBuilder End(string id, string finalOutcome, string? displayName = null) =>
        Add(new End(id, displayName, finalOutcome));

    /// <summary>Connects <paramref name="from"/> on <paramref name="outcome"/> to <paramref name="to"/>.</summary>
    public WorkflowDefinitionBuilder Transition(string from, string outcome, string to)
    {
        _transitions.Add(new Transition(from, outcome, to));
        return this;
    }

    /// <summary>Validates and creates the definition.</summary>
    /// <exception cref="WorkflowDefinitionException">
    /// Lists every problem: blank name, version below 1, duplicate ids, missing or unknown start, unknown
    /// source or target activity, undeclared or unconnected outcomes, unreachable activities, joins without
    /// a fork, forks without exactly one join, invalid quorum, incomplete human tasks.
    /// </exception>
    public WorkflowDefinition Build()
    {
        var errors = new List<string>(_errors);
        errors.AddRange(DefinitionValidator.Validate(_name, _version, _startActivityId, _activities, _transitions));
        if (errors.Count > 0)
        {
            throw new WorkflowDefinitionException(_name, _version, errors);
        }

        return new WorkflowDefinition(_name, _version, _displayName ?? _name, _startActivityId!, [.. _activities], [.. _transitions]);
    }

    private WorkflowDefinitionBuilder Add(Activity activity)
    {
        _activities.Add(activity);
        return this;
    }
}
