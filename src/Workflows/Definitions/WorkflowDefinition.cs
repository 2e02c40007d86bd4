using Certification.Workflows.Activities;

namespace Certification.Workflows.Definitions;

/// <summary>
/// An immutable, validated version of a process: activities and the transitions between them, as data.
/// Identified by <see cref="Name"/> + <see cref="Version"/>; create with <see cref="WorkflowDefinitionBuilder"/>.
/// </summary>
public sealed class WorkflowDefinition
{
    private readonly Dictionary<string, Activity> _activitiesById;
    private readonly Dictionary<(string From, string Outcome), string> _targets;

    internal WorkflowDefinition(
        string name, int version, string displayName, string startActivityId,
        IReadOnlyList<Activity> activities, IReadOnlyList<Transition> transitions)
    {
        Name = name;
        Version = version;
        DisplayName = displayName;
        StartActivityId = startActivityId;
        Activities = activities;
        Transitions = transitions;
        _activitiesById = activities.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _targets = transitions.ToDictionary(t => (t.From, t.Outcome), t => t.To);
    }

    /// <summary>The process name, e.g. "eip-certification"; stable across versions.</summary>
    public string Name { get; }

    /// <summary>The version number (1, 2, …); in-flight instances keep the version they started on.</summary>
    public int Version { get; }

    /// <summary>A label for administrators (not localised).</summary>
    public string DisplayName { get; }

    /// <summary>The activity a new instance starts at.</summary>
    public string StartActivityId { get; }

    /// <summary>The activities in the order they were added.</summary>
    public IReadOnlyList<Activity> Activities { get; }

    /// <summary>The transitions in the order they were added.</summary>
    public IReadOnlyList<Transition> Transitions { get; }

    /// <summary>The activity with this id, or <see langword="null"/>.</summary>
    public Activity? FindActivity(string activityId) => _activitiesById.GetValueOrDefault(activityId);

    /// <summary>The activity with this id.</summary>
    /// <exception cref="KeyNotFoundException">No such activity in this version (an instance/definition mismatch).</exception>
    public Activity GetActivity(string activityId) =>
        FindActivity(activityId)
        ?? throw new KeyNotFoundException($"Activity '{activityId}' does not exist in '{Name}' version {Version}.");

    /// <summary>The activity a path goes to after <paramref name="from"/> completes with <paramref name="outcome"/>.</summary>
    internal string Target(string from, string outcome) =>
        _targets.TryGetValue((from, outcome), out var to)
            ? to
            : throw new InvalidOperationException($"Activity '{from}' has no transition for outcome '{outcome}' in '{Name}' version {Version}.");

    /// <summary>The join that collects the paths of fork or fan-out <paramref name="forkId"/> (exactly one, validated).</summary>
    internal Join JoinOf(string forkId) => Activities.OfType<Join>().Single(j => j.ForkId == forkId);
}
