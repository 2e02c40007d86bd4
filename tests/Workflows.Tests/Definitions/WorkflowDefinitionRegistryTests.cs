using Certification.Workflows.Definitions;
using Certification.Workflows.Tests.Support;

namespace Certification.Workflows.Tests.Definitions;

public class WorkflowDefinitionRegistryTests
{
    private readonly WorkflowDefinitionRegistry _registry = new WorkflowDefinitionRegistry()
        .Register(SampleDefinitions.SingleTask(version: 2))
        .Register(SampleDefinitions.SingleTask(version: 1));

    [Fact]
    public void GetLatest_SeveralVersions_ReturnsTheHighest() =>
        Assert.Equal(2, _registry.GetLatest("single-task").Version);

    [Fact]
    public void Get_OlderVersion_ReturnsExactlyThatVersion() =>
        Assert.Equal(1, _registry.Get("single-task", 1).Version);

    [Fact]
    public void Versions_SeveralVersions_AreOrderedLowestFirst() =>
        Assert.Equal([1, 2], _registry.Versions("single-task").Select(d => d.Version));

    [Fact]
    public void Register_SameNameAndVersion_Throws() =>
        Assert.Throws<InvalidOperationException>(() => _registry.Register(SampleDefinitions.SingleTask(version: 2)));

    [Fact]
    public void Get_UnknownVersion_ThrowsDefinitionNotFound()
    {
        var error = Assert.Throws<DefinitionNotFoundException>(() => _registry.Get("single-task", 3));

        Assert.Equal("Workflow definition 'single-task' version 3 is not registered.", error.Message);
    }

    [Fact]
    public void GetLatest_UnknownName_ThrowsDefinitionNotFound() =>
        Assert.Throws<DefinitionNotFoundException>(() => _registry.GetLatest("nope"));

    [Fact]
    public void Latest_TwoNames_ListsOnePerNameByName()
    {
        _registry.Register(SampleDefinitions.SingleTask("another"));

        Assert.Equal([("another", 1), ("single-task", 2)], _registry.Latest().Select(d => (d.Name, d.Version)));
    }
}
