using System.Text.Json.Nodes;
using Certification.Workflows.Activities;
using Certification.Workflows.Definitions;
using Certification.Workflows.Runtime;
using Certification.Workflows.Tests.Support;

namespace Certification.Workflows.Tests.Runtime;

public class FanOutTests
{
    private readonly TestRuntime _runtime = new(new DateOnly(2025, 3, 3), Definition());

    [Fact]
    public async Task FanOut_ThreeItems_CreatesOneTaskPerItemForTheItemsGroup()
    {
        var instance = await _runtime.StartAsync("fan-out", Items(("ENV.1", "MAE"), ("ENV.2", "MOIT"), ("SOC.1", "MOF")));

        var groups = instance.Bookmarks.ToDictionary(b => b.ItemKey!, b => b.CandidateGroup!.ToString());
        Assert.Equal(new Dictionary<string, string> { ["ENV.1"] = "Reviewer@MAE", ["ENV.2"] = "Reviewer@MOIT", ["SOC.1"] = "Reviewer@MOF" }, groups);
    }

    [Fact]
    public async Task FanOut_AllItemsReviewed_JoinsAndEnds()
    {
        var instance = await _runtime.StartAsync("fan-out", Items(("ENV.1", "MAE"), ("ENV.2", "MOIT")));

        await _runtime.CompleteAsync(instance, "review", "ok", itemKey: "ENV.2");
        Assert.Equal(WorkflowStatus.Suspended, instance.Status);
        await _runtime.CompleteAsync(instance, "review", "ok", itemKey: "ENV.1");

        Assert.Equal(WorkflowStatus.Completed, instance.Status);
        Assert.Equal(["ENV.2", "ENV.1"], instance.Journal.Where(j => j.ActivityId == "review" && j.Kind == JournalEntryKind.Completed).Select(j => j.ItemKey));
    }

    [Fact]
    public async Task FanOut_EmptyList_PassesStraightThroughTheJoin()
    {
        var instance = await _runtime.StartAsync("fan-out", new JsonObject { ["items"] = new JsonArray() });

        Assert.Equal(WorkflowStatus.Completed, instance.Status);
        Assert.Equal("Reviewed", instance.FinalOutcome);
    }

    [Theory]
    [InlineData("""{}""", "expected a JSON array at 'items'")]
    [InlineData("""{"items":[1]}""", "every entry of 'items' must be a JSON object")]
    [InlineData("""{"items":[{"body":"MAE"}]}""", "Expected a non-empty string at 'code'")]
    [InlineData("""{"items":[{"code":"A","body":"MAE"},{"code":"A","body":"MOF"}]}""", "item key 'A' appears twice")]
    [InlineData("""{"items":[{"code":"A"}]}""", "Expected a non-empty string at 'body' in the fan-out item")]
    public async Task FanOut_BadItemData_FaultsWithIncident(string data, string message)
    {
        var instance = await _runtime.StartAsync("fan-out", JsonNode.Parse(data)!.AsObject());

        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        Assert.Contains(message, Assert.Single(instance.Incidents).Message);
        Assert.Empty(instance.Bookmarks);
    }

    private static JsonObject Items(params (string Code, string Body)[] items) => new()
    {
        ["items"] = new JsonArray([.. items.Select(i => (JsonNode)new JsonObject { ["code"] = i.Code, ["body"] = i.Body })]),
    };

    private static WorkflowDefinition Definition() =>
        new WorkflowDefinitionBuilder("fan-out", 1)
            .StartAt("each")
            .FanOut("each", "items", "code")
            .HumanTask("review", t => t.AssignTo(CandidateGroupRule.FromItem("Reviewer", "body")).Outcomes("ok").Form("sample.review"))
            .Join("all", "each")
            .End("end", "Reviewed")
            .Transition("each", FanOut.EachOutcome, "review")
            .Transition("review", "ok", "all")
            .Transition("all", Join.DoneOutcome, "end")
            .Build();
}
