using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Certification.Web.Data;
using Certification.Web.Domain.Evidence;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;
using Certification.Workflows.Processes;
using Microsoft.Extensions.DependencyInjection;
using Ids = Certification.Workflows.Processes.EcoIndustrialParkProcess.ActivityIds;

namespace Certification.Web.Tests.Workflows;

/// <summary>
/// The built app as a real process, driven over /api/applications, killed with SIGKILL between steps and once in the
/// middle of a request, restarted on the same database: the dossier still reaches its certificate, and the journal
/// holds every step exactly once (none lost, none repeated).
/// </summary>
public sealed class ProcessRecoveryTests
{
    private sealed record Step(string Actor, string Activity, string Outcome, string? Item = null, JsonObject? Data = null);

    [Fact]
    public async Task Process_KilledBetweenStepsAndDuringARequest_FinishesWithEveryStepJournaledOnce()
    {
        await using var app = await TestApp.StartAsync(); // arranges rows in the database the process uses
        var (users, parkId, files, mae, moit) = await ArrangeAsync(app);
        var routing = new JsonObject
        {
            [ProcessDataKeys.RoutedIndicators] = new JsonArray(
                new JsonObject { ["indicator"] = "ENV.1", ["reviewingBody"] = mae.ToString() },
                new JsonObject { ["indicator"] = "ENV.2", ["reviewingBody"] = moit.ToString() }),
        };
        Step[] steps =
        [
            new("developer", Ids.Draft, ProcessOutcomes.Submit),
            new("board", Ids.CompletenessCheck, ProcessOutcomes.Incomplete, Data: new() { [ProcessDataKeys.MissingItems] = "Thiếu sơ đồ cộng sinh" }),
            new("developer", Ids.Resubmit, ProcessOutcomes.Resubmit),
            new("board", Ids.CompletenessCheck, ProcessOutcomes.Complete),
            new("board", Ids.Route, ProcessOutcomes.Routed, Data: routing),
            new("mae", Ids.Review, ProcessOutcomes.RequestSupplement, "ENV.1", new() { [ProcessDataKeys.SupplementRequest] = "Bổ sung số liệu nước" }),
            new("developer", Ids.Supplement, ProcessOutcomes.Supplied, "ENV.1"),
            new("moit", Ids.Review, ProcessOutcomes.Approve, "ENV.2"),
            new("mae", Ids.Review, ProcessOutcomes.Approve, "ENV.1"),
            new("board", Ids.Evaluation, ProcessOutcomes.Propose),
            new("committee", Ids.CommitteeDecision, ProcessOutcomes.Approve),
        ];
        int[] killBefore = [2, 5, 8, 10];
        const int killDuring = 6;
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Certification"] = app.Database.ConnectionString,
            ["Evidence__StorePath"] = app.EvidenceFolder,
        };

        var process = await AppProcess.StartAsync(AppProcess.BuiltAppFolder(), AppProcess.RepositoryRoot(), environment);
        try
        {
            var clients = await SignInAllAsync(process, users);
            var created = await clients["developer"].PostAsJsonAsync("/api/applications", new { parkId });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var applicationId = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
            foreach (var (kind, file) in new[] { "Registration", "OperationReport", "SelfEvaluation" }.Zip(files))
                Assert.Equal(HttpStatusCode.Created, (await clients["developer"].PostAsJsonAsync($"/api/applications/{applicationId}/documents",
                    new { kind, fileId = file })).StatusCode);

            for (var i = 0; i < steps.Length; i++)
            {
                if (killBefore.Contains(i) || i == killDuring)
                {
                    if (i == killDuring)
                    {
                        // Cut the power while the request is being handled: it either committed whole or not at all.
                        var inFlight = PostStepAsync(clients, applicationId, steps[i], await OpenTaskAsync(clients, applicationId, steps[i]));
                        await Task.Delay(40);
                        await process.KillAsync();
                        try
                        {
                            await inFlight; // on a fast machine it may have answered before the kill; the journal check covers both
                        }
                        catch (HttpRequestException)
                        {
                        }
                    }
                    await process.DisposeAsync();
                    process = await AppProcess.StartAsync(AppProcess.BuiltAppFolder(), AppProcess.RepositoryRoot(), environment);
                    clients = await SignInAllAsync(process, users);
                }
                var journal = await JournalAsync(clients["board"], applicationId);
                var doneBefore = steps.Take(i).Count(s => s.Activity == steps[i].Activity && s.Item == steps[i].Item);
                if (Completed(journal, steps[i]) > doneBefore)
                    continue; // the request cut off above had committed
                var response = await PostStepAsync(clients, applicationId, steps[i], await OpenTaskAsync(clients, applicationId, steps[i]));
                Assert.True(response.StatusCode == HttpStatusCode.NoContent, $"step {i} {steps[i]}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }

            var final = await ReadAsync(clients["board"], applicationId);
            var entries = final["journal"]!.AsArray().Select(e => e!.AsObject()).ToList();
            var humanSteps = entries.Where(e => (string?)e["kind"] == "Completed" && steps.Any(s => s.Activity == (string?)e["activityId"]))
                .Select(e => ((string?)e["activityId"], (string?)e["itemKey"], (string?)e["outcome"])).ToList();
            Assert.Equal(steps.Select(s => ((string?)s.Activity, s.Item, (string?)s.Outcome)), humanSteps);
            Assert.Single(entries, e => (string?)e["kind"] == "Completed" && (string?)e["activityId"] == Ids.IssueCertificate);
            Assert.Equal("Certified", (string?)final["status"]);
            Assert.StartsWith("01/", (string?)final["certificateNumber"]);
        }
        finally
        {
            await process.DisposeAsync();
        }
    }

    private static int Completed(IEnumerable<JsonObject> journal, Step step) =>
        journal.Count(e => (string?)e["kind"] == "Completed" && (string?)e["activityId"] == step.Activity && (string?)e["itemKey"] == step.Item);

    private static async Task<List<JsonObject>> JournalAsync(HttpClient client, Guid applicationId) =>
        (await ReadAsync(client, applicationId))["journal"]!.AsArray().Select(e => e!.AsObject()).ToList();

    private static async Task<JsonObject> ReadAsync(HttpClient client, Guid applicationId)
    {
        var response = await client.GetAsync($"/api/applications/{applicationId}");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static async Task<Guid> OpenTaskAsync(Dictionary<string, HttpClient> clients, Guid applicationId, Step step)
    {
        var view = await ReadAsync(clients[step.Actor], applicationId);
        var task = view["openSteps"]!.AsArray().Select(s => s!.AsObject())
            .Single(s => (string?)s["activityId"] == step.Activity && (string?)s["itemKey"] == step.Item);
        return task["taskId"]!.GetValue<Guid>();
    }

    private static Task<HttpResponseMessage> PostStepAsync(Dictionary<string, HttpClient> clients, Guid applicationId, Step step, Guid taskId) =>
        clients[step.Actor].PostAsJsonAsync($"/api/applications/{applicationId}/tasks/{taskId}",
            new { outcome = step.Outcome, data = step.Data?.DeepClone() });

    private static async Task<Dictionary<string, HttpClient>> SignInAllAsync(AppProcess process, Dictionary<string, TestWorld.TestUser> users)
    {
        var clients = new Dictionary<string, HttpClient>();
        foreach (var (name, user) in users)
            clients[name] = await SignedInClient.SignInAsync(process.BaseAddress, user);
        return clients;
    }

    private static async Task<(Dictionary<string, TestWorld.TestUser> Users, Guid ParkId, List<Guid> Files, Guid Mae, Guid Moit)> ArrangeAsync(TestApp app)
    {
        var world = app.World();
        var (_, investor, board, committee, mae, moit, parkId, files) = await ProcessWorld.ArrangeAsync(app);
        var users = new Dictionary<string, TestWorld.TestUser>
        {
            ["developer"] = await world.UserAsync(Roles.ParkDeveloper, investor.Id),
            ["board"] = await world.UserAsync(Roles.Board, board.Id),
            ["committee"] = await world.UserAsync(Roles.Committee, committee.Id),
            ["mae"] = await world.UserAsync(Roles.Reviewer, mae.Id),
            ["moit"] = await world.UserAsync(Roles.Reviewer, moit.Id),
        };
        return (users, parkId, files, mae.Id, moit.Id);
    }
}
