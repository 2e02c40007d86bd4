using System.Text.Json.Nodes;
using Certification.Web.Data;
using Certification.Web.Domain.Applications;
using Certification.Web.Domain.Evidence;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Infrastructure.Workflows;
using Certification.Web.Tests.Infrastructure;
using Certification.Workflows.Processes;
using Certification.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ids = Certification.Workflows.Processes.EcoIndustrialParkProcess.ActivityIds;

namespace Certification.Web.Tests.Workflows;

/// <summary>
/// One province with everybody an EIP dossier meets (developer, Board, Committee, two ministries, administrator), a
/// park with the three required dossier files, and the host's side of each step: <see cref="ActAsync"/> completes the
/// open task of an activity as a person, through <see cref="WorkflowHost"/> in its own scope, like a request would.
/// </summary>
internal sealed class ProcessWorld(TestApp app, Province province, Guid parkId, IReadOnlyDictionary<string, CurrentUser> people,
    IReadOnlyList<Guid> files)
{
    public const string Developer = "developer", Board = "board", Committee = "committee", Mae = "mae", Moit = "moit", Admin = "admin";

    public TestApp App => app;
    public Province Province => province;
    public Guid ParkId => parkId;
    public IReadOnlyList<Guid> Files => files;
    public CurrentUser Person(string name) => people[name];
    public Guid BodyOf(string reviewer) => people[reviewer].OrganisationId;

    /// <summary>The organisations, park and dossier files of one EIP dossier, as rows; <see cref="CreateAsync"/> adds the people.</summary>
    public sealed record Cast(Province Province, Organisation Investor, Organisation Board, Organisation Committee, Organisation Mae,
        Organisation Moit, Guid ParkId, List<Guid> Files);

    public static async Task<Cast> ArrangeAsync(TestApp app)
    {
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var board = await world.OrganisationAsync(OrganisationKind.ManagementBoard, province.Id);
        var committee = await world.OrganisationAsync(OrganisationKind.PeoplesCommittee, province.Id);
        var mae = await world.OrganisationAsync(OrganisationKind.ReviewingBody, null, "MAE");
        var moit = await world.OrganisationAsync(OrganisationKind.ReviewingBody, null, "MOIT");
        var park = await world.ParkAsync(province.Id, investor.Id);
        var files = await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CertificationDbContext>();
            var created = Enumerable.Range(0, 3).Select(i => new EvidenceFile(new string((char)('a' + i), 64), 10, "application/pdf",
                $"ho-so-{i}.pdf", investor.Id, Guid.NewGuid(), DateTimeOffset.UtcNow)).ToList();
            db.EvidenceFiles.AddRange(created);
            await db.SaveChangesAsync();
            return created.Select(f => f.Id).ToList();
        });
        return new Cast(province, investor, board, committee, mae, moit, park.Id, files);
    }

    public static async Task<ProcessWorld> CreateAsync(TestApp app)
    {
        var (province, investor, board, committee, mae, moit, parkId, files) = await ArrangeAsync(app);
        var people = new Dictionary<string, CurrentUser>
        {
            [Developer] = Person(Roles.ParkDeveloper, investor),
            [Board] = Person(Roles.Board, board),
            [Committee] = Person(Roles.Committee, committee),
            [Mae] = Person(Roles.Reviewer, mae),
            [Moit] = Person(Roles.Reviewer, moit),
            [Admin] = Person(Roles.Administrator, board),
        };
        return new ProcessWorld(app, province, parkId, people, files);
    }

    private static CurrentUser Person(string role, Organisation organisation) =>
        new(Guid.NewGuid(), role + " " + TestWorld.Unique(), organisation.Id, organisation.Kind, organisation.ProvinceId,
            organisation.ReviewingBodyCode, new HashSet<string> { role });

    /// <summary>A real user in <paramref name="person"/>'s role and organisation, signed in (with TOTP where the role needs it).</summary>
    public async Task<HttpClient> ClientAsync(string person, string culture = "vi")
    {
        var who = Person(person);
        var user = await app.World().UserAsync(who.Roles.Single(), who.OrganisationId, culture: culture);
        return await SignedInClient.SignInAsync(app, user);
    }

    /// <summary>Opens an EIP application as the developer and attaches the three required dossier parts.</summary>
    public Task<Guid> OpenAsync() => app.InScopeAsync(async services =>
    {
        var application = await services.GetRequiredService<ApplicationOpening>()
            .OpenAsync(new AccessPolicy(Person(Developer)), ApplicationKind.EcoIndustrialPark, parkId, null, isDemo: false, CancellationToken.None);
        var db = services.GetRequiredService<CertificationDbContext>();
        var tracked = await db.Applications.Include(a => a.Documents).SingleAsync(a => a.Id == application!.Id);
        tracked.AttachDocument(DossierDocumentKind.Registration, files[0], null, DateTimeOffset.UtcNow);
        tracked.AttachDocument(DossierDocumentKind.OperationReport, files[1], null, DateTimeOffset.UtcNow);
        tracked.AttachDocument(DossierDocumentKind.SelfEvaluation, files[2], null, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
        return tracked.Id;
    });

    /// <summary>The open task of <paramref name="activityId"/> (and item), or null.</summary>
    public async Task<Bookmark?> TaskAsync(Guid applicationId, string activityId, string? itemKey = null) =>
        (await InstanceAsync(applicationId)).Bookmarks.SingleOrDefault(b => b.ActivityId == activityId && b.ItemKey == itemKey);

    public Task<WorkflowInstance> InstanceAsync(Guid applicationId) => app.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<CertificationDbContext>();
        var instanceId = await db.Applications.Where(a => a.Id == applicationId).Select(a => a.WorkflowInstanceId).SingleAsync();
        return await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == instanceId);
    });

    public Task<CertificationApplication> ApplicationAsync(Guid applicationId) => app.InScopeAsync(services =>
        services.GetRequiredService<CertificationDbContext>().Applications.AsNoTracking().Include(a => a.Routes).SingleAsync(a => a.Id == applicationId));

    /// <summary>Completes the open task of <paramref name="activityId"/> as <paramref name="person"/>; fails the test if there is none.</summary>
    public async Task<TaskResult> ActAsync(string person, Guid applicationId, string activityId, string outcome, JsonObject? data = null, string? itemKey = null)
    {
        var task = await TaskAsync(applicationId, activityId, itemKey)
            ?? throw new InvalidOperationException($"No open '{activityId}' task{(itemKey is null ? "" : " for " + itemKey)}.");
        return await CompleteAsync(person, applicationId, task.Id, outcome, data);
    }

    public Task<TaskResult> CompleteAsync(string person, Guid applicationId, Guid taskId, string outcome, JsonObject? data = null) =>
        app.InScopeAsync(services => services.GetRequiredService<WorkflowHost>()
            .CompleteTaskAsync(new AccessPolicy(Person(person)), applicationId, taskId, outcome, data, CancellationToken.None));

    /// <summary>Routing data: ENV.1 to MAE, ENV.2 to MOIT.</summary>
    public JsonObject Routing() => new()
    {
        [ProcessDataKeys.RoutedIndicators] = new JsonArray(
            new JsonObject { ["indicator"] = "ENV.1", ["reviewingBody"] = BodyOf(Mae).ToString() },
            new JsonObject { ["indicator"] = "ENV.2", ["reviewingBody"] = BodyOf(Moit).ToString() }),
    };

    /// <summary>Opens, submits, finds complete and routes ENV.1 (MAE) and ENV.2 (MOIT).</summary>
    public async Task<Guid> OpenAndRouteAsync()
    {
        var id = await OpenAsync();
        Done(await ActAsync(Developer, id, Ids.Draft, ProcessOutcomes.Submit));
        Done(await ActAsync(Board, id, Ids.CompletenessCheck, ProcessOutcomes.Complete));
        Done(await ActAsync(Board, id, Ids.Route, ProcessOutcomes.Routed, Routing()));
        return id;
    }

    /// <summary>Opens, routes, and both ministries approve: the Board's evaluation is open.</summary>
    public async Task<Guid> ReachEvaluationAsync()
    {
        var id = await OpenAndRouteAsync();
        Done(await ActAsync(Mae, id, Ids.Review, ProcessOutcomes.Approve, itemKey: "ENV.1"));
        Done(await ActAsync(Moit, id, Ids.Review, ProcessOutcomes.Approve, itemKey: "ENV.2"));
        return id;
    }

    public static void Done(TaskResult result) => Assert.True(result.Succeeded, $"{result.Refusal}: {result.Message}");

    public static JsonObject Reasons(string text) => new() { [ProcessDataKeys.RefusalReasons] = text };
}
