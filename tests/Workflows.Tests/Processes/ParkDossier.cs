using System.Text.Json.Nodes;
using Certification.Workflows.Processes;
using Certification.Workflows.Runtime;
using Certification.Workflows.Tests.Support;
using Ids = Certification.Workflows.Processes.EcoIndustrialParkProcess.ActivityIds;

namespace Certification.Workflows.Tests.Processes;

/// <summary>Drives one EIP dossier through the process: the host's side of each step, in test form.</summary>
internal sealed class ParkDossier
{
    /// <summary>Monday 3 March 2025: the dossier is submitted and found complete on this day unless a test moves the clock.</summary>
    public static readonly DateOnly FirstDay = new(2025, 3, 3);

    public static readonly (string Indicator, string Body)[] Routing = [("ENV.1", "MAE"), ("ENV.2", "MOIT"), ("SOC.1", "MOF")];

    public ParkDossier(EcoIndustrialParkClockSettings? settings = null)
    {
        Runtime = new TestRuntime(FirstDay, EcoIndustrialParkProcess.Build(1, settings ?? new EcoIndustrialParkClockSettings()));
        Runtime.Bindings.AddAction(ProcessOutcomes.CertificateIssueAction, (context, _) =>
        {
            IssuedFor.Add((context.DefinitionName, context.CorrelationId));
            context.Data["certificateNumber"] = $"{IssuedFor.Count:000}/GCN-KCNST";
            return Task.CompletedTask;
        });
    }

    public TestRuntime Runtime { get; }

    /// <summary>Every call of the host's certificate action: definition name and correlation id.</summary>
    public List<(string Definition, string? CorrelationId)> IssuedFor { get; } = [];

    public Task<WorkflowInstance> StartAsync() =>
        Runtime.StartAsync(EcoIndustrialParkProcess.Name, new JsonObject
        {
            [ProcessDataKeys.ApplicantOrganisation] = "DEV-AMATA",
            [ProcessDataKeys.BoardOrganisation] = "BQL-DN",
            [ProcessDataKeys.CommitteeOrganisation] = "UBND-DN",
        });

    /// <summary>Starts, submits, finds the dossier complete and routes the three indicators of <see cref="Routing"/>.</summary>
    public async Task<WorkflowInstance> StartAndRouteAsync()
    {
        var instance = await StartAsync();
        await Runtime.CompleteAsync(instance, Ids.Draft, ProcessOutcomes.Submit, actor: "developer-1");
        await Runtime.CompleteAsync(instance, Ids.CompletenessCheck, ProcessOutcomes.Complete);
        await Runtime.CompleteAsync(instance, Ids.Route, ProcessOutcomes.Routed, RoutingData());
        return instance;
    }

    /// <summary>Starts, routes and lets every reviewing body approve.</summary>
    public async Task<WorkflowInstance> ReachEvaluationAsync()
    {
        var instance = await StartAndRouteAsync();
        foreach (var (indicator, _) in Routing)
        {
            await Runtime.CompleteAsync(instance, Ids.Review, ProcessOutcomes.Approve, itemKey: indicator, actor: "reviewer");
        }

        return instance;
    }

    public static JsonObject RoutingData() => new()
    {
        [ProcessDataKeys.RoutedIndicators] = new JsonArray([.. Routing.Select(r => (JsonNode)new JsonObject
        {
            [ProcessDataKeys.Indicator] = r.Indicator,
            [ProcessDataKeys.ReviewingBody] = r.Body,
        })]),
    };

    public static JsonObject Reasons(string text) => new() { [ProcessDataKeys.RefusalReasons] = text };
}
