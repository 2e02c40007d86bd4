using System.Text.Json.Nodes;
using Certification.Workflows.Processes;
using Certification.Workflows.Runtime;
using Certification.Workflows.Tests.Processes;
using Certification.Workflows.Tests.Support;

namespace Certification.Workflows.Tests.Runtime;

public class WorkflowInstanceJsonTests
{
    [Fact]
    public async Task Deserialize_SerializedInstance_RoundTripsUnchanged()
    {
        var (_, instance) = await MidProcessAsync();

        var json = WorkflowInstanceJson.Serialize(instance);
        var copy = WorkflowInstanceJson.Deserialize(json);

        Assert.Equal(json, WorkflowInstanceJson.Serialize(copy));
        Assert.Equal((instance.Id, instance.Version, instance.Status), (copy.Id, copy.Version, copy.Status));
        Assert.Equal(instance.Bookmarks.Select(b => (b.Id, b.CandidateGroup, b.DueOn, b.ItemKey)), copy.Bookmarks.Select(b => (b.Id, b.CandidateGroup, b.DueOn, b.ItemKey)));
        Assert.True(JsonNode.DeepEquals(instance.Data, copy.Data));
        Assert.Equal(instance.Journal.Count, copy.Journal.Count);
        Assert.Equal(instance.Clocks.Select(c => (c.Key, c.StartedOn, c.IsPaused)), copy.Clocks.Select(c => (c.Key, c.StartedOn, c.IsPaused)));
    }

    [Fact]
    public async Task ResumeAsync_OnDeserializedCopy_BehavesLikeTheOriginal()
    {
        var (park, instance) = await MidProcessAsync();
        var copy = WorkflowInstanceJson.Deserialize(WorkflowInstanceJson.Serialize(instance));

        await park.Runtime.CompleteAsync(instance, EcoIndustrialParkProcess.ActivityIds.Supplement, ProcessOutcomes.Supplied, itemKey: "ENV.1");
        await park.Runtime.CompleteAsync(copy, EcoIndustrialParkProcess.ActivityIds.Supplement, ProcessOutcomes.Supplied, itemKey: "ENV.1");

        Assert.Equal(Shape(instance), Shape(copy));
    }

    [Fact]
    public void Deserialize_Null_ThrowsJsonException() =>
        Assert.Throws<System.Text.Json.JsonException>(() => WorkflowInstanceJson.Deserialize("null"));

    // Parallel reviews open, one waiting on a supplement (paused clocks), one scope with item snapshots.
    private static async Task<(ParkDossier Park, WorkflowInstance Instance)> MidProcessAsync()
    {
        var park = new ParkDossier();
        var instance = await park.StartAndRouteAsync();
        await park.Runtime.CompleteAsync(
            instance, EcoIndustrialParkProcess.ActivityIds.Review, ProcessOutcomes.RequestSupplement,
            new JsonObject { [ProcessDataKeys.SupplementRequest] = "Monitoring data for 2024" }, itemKey: "ENV.1");
        return (park, instance);
    }

    private static string Shape(WorkflowInstance instance) =>
        string.Join("|", instance.Bookmarks.Select(b => $"{b.ActivityId}/{b.ItemKey}/{b.DueOn}").Order())
        + $"|{instance.Status}|{instance.Version}|{instance.Journal.Count}";
}
