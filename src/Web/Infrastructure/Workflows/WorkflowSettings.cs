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
    public RecertificationClockSettings Recertification { get; set; } = new();

    /// <summary>[D] How many calendar days before a certificate's last valid day its holder may apply for re-certification
    /// (Art 45); an expired certificate may always be renewed, one without an end date at any time.</summary>
    public int RecertificationOpensDaysBeforeExpiry { get; set; } = 180;
}
