using Certification.Workflows.Processes;

namespace Certification.Web.Infrastructure.Workflows;

/// <summary>
/// The "Workflows" section of appsettings.json: clock lengths in working days. A change registers a new definition
/// version at the next start; applications already running keep the lengths they started with.
/// </summary>
public sealed class WorkflowSettings
{
    public const string Section = "Workflows";

    public EcoIndustrialParkClockSettings EcoIndustrialPark { get; set; } = new();
    public EcoEnterpriseClockSettings EcoEnterprise { get; set; } = new();
}
