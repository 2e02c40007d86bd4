using System.Text.Json;
using Certification.Web.Data;
using Certification.Web.Infrastructure.Audit;
using Certification.Workflows.Definitions;
using Certification.Workflows.Processes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Certification.Web.Infrastructure.Workflows;

/// <summary>
/// The registry of every process version, built once per app from the ProcessDefinitionVersions table: each stored
/// version is rebuilt from its stored clock settings, and when appsettings.json holds different settings than the
/// latest version, a new version is stored and registered. Several app instances may start at once; the loser of the
/// insert reloads.
/// </summary>
public sealed class WorkflowDefinitions(IServiceScopeFactory scopes, IOptions<WorkflowSettings> settings, TimeProvider clock)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private WorkflowDefinitionRegistry? _registry;

    public async Task<WorkflowDefinitionRegistry> RegistryAsync(CancellationToken cancellationToken)
    {
        if (_registry is { } built)
            return built;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 0; _registry is null; attempt++)
            {
                try
                {
                    _registry = await BuildAsync(cancellationToken);
                }
                catch (DbUpdateException e) when (attempt < 3 && e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
                {
                    // another instance registered the same version first: read it back
                }
            }
            return _registry;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<WorkflowDefinitionRegistry> BuildAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AuditActor>().ActAs(null, "system:workflow-definitions");
        var db = scope.ServiceProvider.GetRequiredService<CertificationDbContext>();
        var stored = await db.ProcessDefinitionVersions.AsNoTracking().OrderBy(v => v.Name).ThenBy(v => v.Version).ToListAsync(cancellationToken);
        var registry = new WorkflowDefinitionRegistry();
        var current = settings.Value;
        Register(registry, db, stored, EcoIndustrialParkProcess.Name, current.EcoIndustrialPark,
            (version, json) => EcoIndustrialParkProcess.Build(version, Read<EcoIndustrialParkClockSettings>(json)));
        Register(registry, db, stored, EcoEnterpriseProcess.Name, current.EcoEnterprise,
            (version, json) => EcoEnterpriseProcess.Build(version, Read<EcoEnterpriseClockSettings>(json)));
        // Both re-certification definitions are built from one settings record; each keeps its own version line.
        Register(registry, db, stored, RecertificationProcess.ParkName, current.Recertification,
            (version, json) => RecertificationProcess.BuildForPark(version, Read<RecertificationClockSettings>(json)));
        Register(registry, db, stored, RecertificationProcess.EnterpriseName, current.Recertification,
            (version, json) => RecertificationProcess.BuildForEnterprise(version, Read<RecertificationClockSettings>(json)));
        await db.SaveChangesAsync(cancellationToken);
        return registry;
    }

    private void Register<TSettings>(WorkflowDefinitionRegistry registry, CertificationDbContext db, List<ProcessDefinitionVersion> stored,
        string name, TSettings current, Func<int, string, WorkflowDefinition> build)
    {
        var versions = stored.Where(v => v.Name == name).ToList();
        foreach (var version in versions)
            registry.Register(build(version.Version, version.Settings));
        var json = JsonSerializer.Serialize(current);
        if (versions.Count > 0 && versions[^1].Settings == json)
            return;
        var next = new ProcessDefinitionVersion(name, versions.Count == 0 ? 1 : versions[^1].Version + 1, json, clock.GetUtcNow());
        registry.Register(build(next.Version, json));
        db.ProcessDefinitionVersions.Add(next);
    }

    private static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json) ?? throw new InvalidOperationException($"Stored clock settings are empty: {json}");
}
