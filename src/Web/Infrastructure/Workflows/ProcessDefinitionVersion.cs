namespace Certification.Web.Infrastructure.Workflows;

/// <summary>
/// A registered version of a process and the clock settings it was built with (table ProcessDefinitionVersions).
/// Kept for ever: a running instance stays on the version it started with, so every version must still build.
/// </summary>
public sealed class ProcessDefinitionVersion
{
    public string Name { get; private set; } = "";
    public int Version { get; private set; }

    /// <summary>The clock settings record as JSON (working days per step).</summary>
    public string Settings { get; private set; } = "";
    public DateTimeOffset RegisteredAt { get; private set; }

    private ProcessDefinitionVersion() { }

    public ProcessDefinitionVersion(string name, int version, string settings, DateTimeOffset registeredAt)
    {
        Name = name;
        Version = version;
        Settings = settings;
        RegisteredAt = registeredAt;
    }
}
