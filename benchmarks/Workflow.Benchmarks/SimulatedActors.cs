using System.Text.Json.Nodes;
using Certification.Web.Data;
using Certification.Web.Domain.Applications;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Audit;
using Certification.Web.Infrastructure.Workflows;
using Certification.Workflows.Processes;
using Microsoft.EntityFrameworkCore;
using Ids = Certification.Workflows.Processes.EcoIndustrialParkProcess.ActivityIds;

namespace Certification.Workflow.Benchmarks;

/// <summary>
/// Drives one EIP application through the whole Art 41 process as the people who act on it would, each step in its
/// own DI scope and transaction exactly as a request does: submit, completeness check, routing one indicator to each of
/// the five ministries, five reviews, the Board's proposal, the Committee's approval (certificate number issued).
/// </summary>
internal sealed class SimulatedActors(IServiceProvider services, BenchmarkWorld world)
{
    /// <summary>Human steps per application: submit, complete, route, 5 reviews, propose, approve.</summary>
    public const int StepsPerApplication = 10;

    private static readonly string[] Indicators = ["ECO.1", "ENV.1", "SOC.1", "ENV.2", "PM.1"];

    public async Task<Guid> OpenAsync(int index, CancellationToken cancellationToken)
    {
        var (parkId, developer, files) = world.Parks[index];
        await using var scope = Scope(developer);
        var application = await scope.ServiceProvider.GetRequiredService<ApplicationOpening>()
            .OpenAsync(new AccessPolicy(developer), ApplicationKind.EcoIndustrialPark, parkId, null, isDemo: false, cancellationToken)
            ?? throw new InvalidOperationException("The developer could not open an application.");
        var db = scope.ServiceProvider.GetRequiredService<CertificationDbContext>();
        var tracked = await db.Applications.Include(a => a.Documents).SingleAsync(a => a.Id == application.Id, cancellationToken);
        tracked.AttachDocument(DossierDocumentKind.Registration, files[0], null, DateTimeOffset.UtcNow);
        tracked.AttachDocument(DossierDocumentKind.OperationReport, files[1], null, DateTimeOffset.UtcNow);
        tracked.AttachDocument(DossierDocumentKind.SelfEvaluation, files[2], null, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        return tracked.Id;
    }

    public async Task RunToCertificateAsync(int index, Guid applicationId, CancellationToken cancellationToken)
    {
        var developer = world.Parks[index].Developer;
        await ActAsync(developer, applicationId, Ids.Draft, null, ProcessOutcomes.Submit, null, cancellationToken);
        await ActAsync(world.Board, applicationId, Ids.CompletenessCheck, null, ProcessOutcomes.Complete, null, cancellationToken);
        var routing = new JsonArray(Indicators.Select((code, i) =>
            (JsonNode)new JsonObject { ["indicator"] = code, ["reviewingBody"] = world.Ministries[i].OrganisationId.ToString() }).ToArray());
        await ActAsync(world.Board, applicationId, Ids.Route, null, ProcessOutcomes.Routed,
            new JsonObject { [ProcessDataKeys.RoutedIndicators] = routing }, cancellationToken);
        // Reviews finish in the reverse order of routing, as independent bodies would.
        for (var i = Indicators.Length - 1; i >= 0; i--)
            await ActAsync(world.Ministries[i], applicationId, Ids.Review, Indicators[i], ProcessOutcomes.Approve, null, cancellationToken);
        await ActAsync(world.Board, applicationId, Ids.Evaluation, null, ProcessOutcomes.Propose, null, cancellationToken);
        await ActAsync(world.Committee, applicationId, Ids.CommitteeDecision, null, ProcessOutcomes.Approve, null, cancellationToken);
    }

    private async Task ActAsync(CurrentUser person, Guid applicationId, string activityId, string? itemKey, string outcome, JsonObject? data,
        CancellationToken cancellationToken)
    {
        await using var scope = Scope(person);
        var db = scope.ServiceProvider.GetRequiredService<CertificationDbContext>();
        // The inbox row the person clicks: the open task of this activity (and indicator).
        var taskId = await db.WorkflowTasks
            .Where(t => t.ApplicationId == applicationId && t.ActivityId == activityId && t.ItemKey == itemKey)
            .Select(t => t.Id).SingleAsync(cancellationToken);
        var result = await scope.ServiceProvider.GetRequiredService<WorkflowHost>()
            .CompleteTaskAsync(new AccessPolicy(person), applicationId, taskId, outcome, data, cancellationToken);
        if (!result.Succeeded)
            throw new InvalidOperationException($"{activityId}/{itemKey} as {person.DisplayName}: {result.Refusal} {result.Message}");
    }

    private AsyncServiceScope Scope(CurrentUser person)
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AuditActor>().ActAs(person.UserId, person.DisplayName);
        return scope;
    }
}
