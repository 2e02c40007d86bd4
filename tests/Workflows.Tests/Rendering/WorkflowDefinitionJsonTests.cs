using System.Text.Json.Nodes;
using Certification.Workflows.Processes;
using Certification.Workflows.Rendering;

namespace Certification.Workflows.Tests.Rendering;

public class WorkflowDefinitionJsonTests
{
    private readonly JsonObject _json = JsonNode.Parse(
        WorkflowDefinitionJson.Render(EcoIndustrialParkProcess.Build(3, new EcoIndustrialParkClockSettings())))!.AsObject();

    [Fact]
    public void Render_EipProcess_WritesIdentityAndStart()
    {
        Assert.Equal("eip-certification", (string?)_json["name"]);
        Assert.Equal(3, (int?)_json["version"]);
        Assert.Equal("draft", (string?)_json["startActivityId"]);
    }

    [Fact]
    public void Render_EipProcess_WritesEveryActivityWithItsType()
    {
        var types = _json["activities"]!.AsArray().ToDictionary(a => (string)a!["id"]!, a => (string)a!["type"]!);

        Assert.Equal(14, types.Count);
        Assert.Equal("HumanTask", types["review"]);
        Assert.Equal("FanOut", types["reviews"]);
        Assert.Equal("Join", types["reviewsDone"]);
        Assert.Equal("AutomaticAction", types["issueCertificate"]);
        Assert.Equal("End", types["refusedByCommittee"]);
    }

    [Fact]
    public void Render_HumanTask_WritesCandidateGroupFormKeyAndDeadline()
    {
        var review = _json["activities"]!.AsArray().Single(a => (string?)a!["id"] == "review")!;

        Assert.Equal("eip.review", (string?)review["formKey"]);
        Assert.Equal("Reviewer", (string?)review["assignee"]!["roleCode"]);
        Assert.Equal("Item", (string?)review["assignee"]!["source"]);
        Assert.Equal("reviewingBody", (string?)review["assignee"]!["organisation"]);
        Assert.Equal(15, (int?)review["due"]!["workingDays"]);
        Assert.Equal(["approve", "reject", "requestSupplement"], review["outcomes"]!.AsArray().Select(o => (string)o!));
    }

    [Fact]
    public void Render_Transitions_AreFromOutcomeToTriples()
    {
        var transitions = _json["transitions"]!.AsArray()
            .Select(t => ((string)t!["from"]!, (string)t["outcome"]!, (string)t["to"]!)).ToList();

        Assert.Equal(16, transitions.Count);
        Assert.Contains(("review", "requestSupplement", "supplement"), transitions);
        Assert.Contains(("supplement", "supplied", "review"), transitions);
    }
}
