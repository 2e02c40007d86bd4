using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Certification.Web.Tests.Infrastructure;
using Certification.Workflows.Processes;
using static Certification.Web.Tests.Workflows.ProcessWorld;
using Ids = Certification.Workflows.Processes.EcoIndustrialParkProcess.ActivityIds;

namespace Certification.Web.Tests.Api;

/// <summary>Task refusals over /api/applications: each with its status and a message in the caller's language.</summary>
public sealed class ApplicationsApiTests
{
    [Fact]
    public async Task PostTask_SameTaskTwice_SecondAnswers409AlreadyDone()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await world.OpenAsync();
        var developer = await world.ClientAsync(Developer);
        var task = (await world.TaskAsync(id, Ids.Draft))!;

        var first = await developer.PostAsJsonAsync($"/api/applications/{id}/tasks/{task.Id}", new { outcome = ProcessOutcomes.Submit });
        var second = await developer.PostAsJsonAsync($"/api/applications/{id}/tasks/{task.Id}", new { outcome = ProcessOutcomes.Submit });

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("Bước này đã được xử lý.", (string?)(await second.Content.ReadFromJsonAsync<JsonObject>())!["title"]);
    }

    [Fact]
    public async Task PostTask_ByAnotherReviewingBody_Answers403()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await world.OpenAndRouteAsync();
        var moit = await world.ClientAsync(Moit);
        var maeTask = (await world.TaskAsync(id, Ids.Review, "ENV.1"))!;

        var response = await moit.PostAsJsonAsync($"/api/applications/{id}/tasks/{maeTask.Id}", new { outcome = ProcessOutcomes.Approve });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task PostTask_RefuseWithoutReasonsInEnglish_Answers422NamingTheField()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await world.ReachEvaluationAsync();
        var board = await world.ClientAsync(Board, culture: "en");
        var task = (await world.TaskAsync(id, Ids.Evaluation))!;

        var response = await board.PostAsJsonAsync($"/api/applications/{id}/tasks/{task.Id}", new { outcome = ProcessOutcomes.Refuse, data = new { } });
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Please state the reasons for refusal.", (string?)problem["errors"]!["refusalReasons"]![0]);
    }
}
