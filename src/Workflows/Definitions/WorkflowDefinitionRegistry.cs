namespace Certification.Workflows.Definitions;

/// <summary>
/// Every registered version of every definition. New instances start on the latest version; running
/// instances are resumed on the version they started on, so registering version 2 never moves an
/// in-flight dossier. Thread-safe; the host registers at start-up (and whenever clock settings change,
/// as a new version).
/// </summary>
public sealed class WorkflowDefinitionRegistry
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SortedList<int, WorkflowDefinition>> _byName = new(StringComparer.Ordinal);

    /// <summary>Adds <paramref name="definition"/>.</summary>
    /// <exception cref="InvalidOperationException">The same name and version is already registered.</exception>
    public WorkflowDefinitionRegistry Register(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        lock (_gate)
        {
            if (!_byName.TryGetValue(definition.Name, out var versions))
            {
                versions = [];
                _byName.Add(definition.Name, versions);
            }

            if (!versions.TryAdd(definition.Version, definition))
            {
                throw new InvalidOperationException(
                    $"Workflow definition '{definition.Name}' version {definition.Version} is already registered; register changes as a new version.");
            }
        }

        return this;
    }

    /// <summary>The definition <paramref name="name"/> at exactly <paramref name="version"/>.</summary>
    /// <exception cref="DefinitionNotFoundException">Not registered.</exception>
    public WorkflowDefinition Get(string name, int version)
    {
        lock (_gate)
        {
            return _byName.TryGetValue(name, out var versions) && versions.TryGetValue(version, out var definition)
                ? definition
                : throw new DefinitionNotFoundException(name, version);
        }
    }

    /// <summary>The highest registered version of <paramref name="name"/>.</summary>
    /// <exception cref="DefinitionNotFoundException">No version is registered.</exception>
    public WorkflowDefinition GetLatest(string name)
    {
        lock (_gate)
        {
            return _byName.TryGetValue(name, out var versions) && versions.Count > 0
                ? versions.Values[^1]
                : throw new DefinitionNotFoundException(name, null);
        }
    }

    /// <summary>All registered versions of <paramref name="name"/>, lowest first (empty if none).</summary>
    public IReadOnlyList<WorkflowDefinition> Versions(string name)
    {
        lock (_gate)
        {
            return _byName.TryGetValue(name, out var versions) ? [.. versions.Values] : [];
        }
    }

    /// <summary>The latest version of every registered definition, ordered by name.</summary>
    public IReadOnlyList<WorkflowDefinition> Latest()
    {
        lock (_gate)
        {
            return [.. _byName.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Value.Values[^1])];
        }
    }
}
