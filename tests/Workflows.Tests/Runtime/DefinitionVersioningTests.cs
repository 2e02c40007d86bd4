using Certification.Workflows.Definitions;
using Certification.Workflows.Runtime;
using Certification.Workflows.Tests.Support;

namespace Certification.Workflows.Tests.Runtime;

public class DefinitionVersioningTests
{
    [Fact]
    public async Task ResumeAsync_NewVersionRegisteredMidFlight_FollowsTheVersionTheInstanceStartedOn()
    {
        var runtime = new TestRuntime(new DateOnly(2025, 3, 3), SampleDefinitions.SingleTask(version: 1));
        var inFlight = await runtime.StartAsync("single-task");
        runtime.Registry.Register(VersionTwo());

        await runtime.CompleteAsync(inFlight, "approval", "approve");

        Assert.Equal(1, inFlight.DefinitionVersion);
        Assert.Equal("Approved", inFlight.FinalOutcome);
    }

    [Fact]
    public async Task StartAsync_AfterNewVersion_StartsOnTheNewVersion()
    {
        var runtime = new TestRuntime(new DateOnly(2025, 3, 3), SampleDefinitions.SingleTask(version: 1));
        runtime.Registry.Register(VersionTwo());

        var fresh = await runtime.StartAsync("single-task");
        await runtime.CompleteAsync(fresh, "approval", "approve");

        Assert.Equal(2, fresh.DefinitionVersion);
        Assert.Equal(["secondLook"], fresh.Bookmarks.Select(b => b.ActivityId));
    }

    [Fact]
    public async Task ResumeAsync_InstancesVersionNoLongerRegistered_ThrowsDefinitionNotFound()
    {
        var old = new TestRuntime(new DateOnly(2025, 3, 3), SampleDefinitions.SingleTask(version: 1));
        var instance = await old.StartAsync("single-task");
        var withoutV1 = new TestRuntime(new DateOnly(2025, 3, 3), VersionTwo());

        var error = await Assert.ThrowsAsync<DefinitionNotFoundException>(() => withoutV1.CompleteAsync(instance, "approval", "approve"));

        Assert.Equal(1, error.Version);
    }

    // Version 2 adds a second look before approval.
    private static WorkflowDefinition VersionTwo() =>
        new WorkflowDefinitionBuilder("single-task", 2)
            .StartAt("approval")
            .HumanTask("approval", t => t.AssignTo(SampleDefinitions.Officers).Outcomes("approve", "reject").Form("sample.approval"))
            .HumanTask("secondLook", t => t.AssignTo(SampleDefinitions.Officers).Outcomes("approve").Form("sample.secondLook"))
            .End("approved", "Approved")
            .End("rejected", "Rejected")
            .Transition("approval", "approve", "secondLook")
            .Transition("secondLook", "approve", "approved")
            .Transition("approval", "reject", "rejected")
            .Build();
}
