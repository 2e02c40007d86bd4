using Certification.Workflows.Runtime;

namespace Certification.Workflows.Activities;

/// <summary>
/// Names a <see cref="Clocks.ProcessClock"/> of the instance. A clock starts the first time a task whose
/// due date uses it becomes active, and keeps running (except while paused) across loops, so a review
/// sent back for a supplement keeps its original clock.
/// </summary>
/// <param name="Name">The clock's name, e.g. "dossier" or "review".</param>
/// <param name="Scope">Per instance, or per fan-out item (key "name/itemKey").</param>
public sealed record ClockReference(string Name, ClockScope Scope)
{
    /// <summary>A clock shared by the whole instance.</summary>
    public static ClockReference Instance(string name) => new(name, ClockScope.Instance);

    /// <summary>A clock of which every fan-out item has its own copy.</summary>
    public static ClockReference PerItem(string name) => new(name, ClockScope.Item);

    /// <summary>The clock's key in the instance: the name, or "name/itemKey" for a per-item clock.</summary>
    /// <exception cref="WorkflowDataException">A per-item clock is used outside a fan-out item.</exception>
    public string KeyFor(string? itemKey) => Scope switch
    {
        ClockScope.Instance => Name,
        _ => itemKey is null
            ? throw new WorkflowDataException($"Clock '{Name}' is per item, but the task is not inside a fan-out item.")
            : $"{Name}/{itemKey}",
    };
}
