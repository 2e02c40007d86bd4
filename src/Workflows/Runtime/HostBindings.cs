using Certification.Workflows.Activities;
using Certification.Workflows.Definitions;

namespace Certification.Workflows.Runtime;

/// <summary>
/// The named predicates (for <see cref="Decision"/>) and actions (for <see cref="AutomaticAction"/>)
/// the host provides. Definitions only name them; the runner checks that every name a definition uses
/// is bound before it runs the definition. Build it where the host's services are at hand (per request
/// scope if an action needs the DbContext of the current transaction).
/// </summary>
public sealed class HostBindings
{
    private readonly Dictionary<string, Func<DecisionContext, bool>> _predicates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<ActionContext, CancellationToken, Task>> _actions = new(StringComparer.Ordinal);

    /// <summary>The bound predicate names.</summary>
    public IReadOnlyCollection<string> PredicateNames => _predicates.Keys;

    /// <summary>The bound action names.</summary>
    public IReadOnlyCollection<string> ActionNames => _actions.Keys;

    /// <summary>Binds <paramref name="predicate"/> to <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">The name is blank or already bound.</exception>
    public HostBindings AddPredicate(string name, Func<DecisionContext, bool> predicate)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(predicate);
        if (!_predicates.TryAdd(name, predicate))
        {
            throw new ArgumentException($"A predicate named '{name}' is already bound.", nameof(name));
        }

        return this;
    }

    /// <summary>Binds <paramref name="action"/> to <paramref name="name"/>. The action may throw; that opens an incident.</summary>
    /// <exception cref="ArgumentException">The name is blank or already bound.</exception>
    public HostBindings AddAction(string name, Func<ActionContext, CancellationToken, Task> action)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(action);
        if (!_actions.TryAdd(name, action))
        {
            throw new ArgumentException($"An action named '{name}' is already bound.", nameof(name));
        }

        return this;
    }

    /// <summary>Checks that every predicate and action <paramref name="definition"/> names is bound.</summary>
    /// <exception cref="WorkflowDefinitionException">Lists every unbound name.</exception>
    public void EnsureBound(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var errors = new List<string>();
        foreach (var activity in definition.Activities)
        {
            if (activity is Decision decision && !_predicates.ContainsKey(decision.PredicateName))
            {
                errors.Add($"decision '{decision.Id}' uses predicate '{decision.PredicateName}', which the host has not bound");
            }
            else if (activity is AutomaticAction action && !_actions.ContainsKey(action.ActionName))
            {
                errors.Add($"action '{action.Id}' uses action '{action.ActionName}', which the host has not bound");
            }
        }

        if (errors.Count > 0)
        {
            throw new WorkflowDefinitionException(definition.Name, definition.Version, errors);
        }
    }

    internal Func<DecisionContext, bool> Predicate(string name) => _predicates[name];

    internal Func<ActionContext, CancellationToken, Task> Action(string name) => _actions[name];
}
