using Certification.Workflows.Activities;
using Certification.Workflows.Definitions;
using Certification.Workflows.Tests.Support;

namespace Certification.Workflows.Tests.Definitions;

public class WorkflowDefinitionBuilderTests
{
    private static readonly Dictionary<string, Func<WorkflowDefinitionBuilder>> InvalidDefinitions = new()
    {
        ["missing start"] = () => new WorkflowDefinitionBuilder("x", 1).End("end", "Done"),
        ["unknown start"] = () => Valid().StartAt("nowhere"),
        ["unknown target"] = () => Valid().Transition("approved", "x", "ghost"),
        ["unknown source"] = () => Valid().Transition("ghost", "go", "approved"),
        ["undeclared outcome"] = () => Valid().Transition("approval", "maybe", "approved"),
        ["outcome without transition"] = () => Valid().HumanTask("extra", t => t.AssignTo(SampleDefinitions.Officers).Outcomes("go").Form("f")),
        ["unreachable activity"] = () => Valid().End("orphan", "Never"),
        ["duplicate id"] = () => Valid().End("approved", "Again"),
        ["duplicate transition"] = () => Valid().Transition("approval", "approve", "rejected"),
        ["task without candidate group"] = () => Valid().HumanTask("approval2", t => t.Outcomes("ok").Form("f")),
        ["task without form"] = () => Valid().HumanTask("approval2", t => t.AssignTo(SampleDefinitions.Officers).Outcomes("ok")),
        ["join of a task"] = () => Valid().Join("merge", "approval"),
        ["fork without join"] = () => new WorkflowDefinitionBuilder("x", 1).StartAt("split").Fork("split", ["a", "b"])
            .End("endA", "A").End("endB", "B").Transition("split", "a", "endA").Transition("split", "b", "endB"),
        ["quorum above branches"] = () => ForkJoin(quorum: 3),
        ["version zero"] = () => new WorkflowDefinitionBuilder("x", 0).StartAt("end").End("end", "Done"),
        ["zero-day deadline"] = () => Valid().HumanTask(
            "late", t => t.AssignTo(SampleDefinitions.Officers).Outcomes("ok").Form("f").DueIn(0, ClockReference.Instance("c"))),
    };

    public static TheoryData<string, string> InvalidCases => new()
    {
        { "missing start", "no start activity (call StartAt)" },
        { "unknown start", "start activity 'nowhere' does not exist" },
        { "unknown target", "targets unknown activity 'ghost'" },
        { "unknown source", "transition from unknown activity 'ghost'" },
        { "undeclared outcome", "outcome 'maybe', which 'approval' does not have (outcomes: approve, reject)" },
        { "outcome without transition", "outcome 'go' of 'extra' has no transition" },
        { "unreachable activity", "activity 'orphan' is unreachable from the start 'approval'" },
        { "duplicate id", "duplicate activity id 'approved'" },
        { "duplicate transition", "outcome 'approve' of 'approval' has more than one transition" },
        { "task without candidate group", "human task 'approval2' has no candidate group" },
        { "task without form", "human task 'approval2' has no form key" },
        { "join of a task", "join 'merge' names 'approval', which is not a Fork or FanOut" },
        { "fork without join", "Fork 'split' must be named by exactly one Join, found 0" },
        { "quorum above branches", "join 'merge' has quorum 3" },
        { "version zero", "version 0 is invalid" },
        { "zero-day deadline", "human task 'late' is due in 0 working days" },
    };

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void Build_InvalidDefinition_ThrowsWithClearMessage(string @case, string expectedMessage)
    {
        var error = Assert.Throws<WorkflowDefinitionException>(() => InvalidDefinitions[@case]().Build());

        Assert.Contains(expectedMessage, error.Message);
    }

    [Fact]
    public void Build_SeveralProblems_ReportsAllAtOnce()
    {
        var error = Assert.Throws<WorkflowDefinitionException>(() =>
            Valid().Transition("approved", "x", "ghost").End("orphan", "Never").Build());

        Assert.Equal(3, error.Errors.Count); // undeclared outcome on End, unknown target, unreachable
        Assert.StartsWith("Workflow definition 'valid' version 1 is invalid:", error.Message);
    }

    [Fact]
    public void Build_ValidDefinition_KeepsActivitiesAndTransitionsAsData()
    {
        var definition = Valid().Build();

        Assert.Equal(["approval", "approved", "rejected"], definition.Activities.Select(a => a.Id));
        Assert.Contains(new Transition("approval", "reject", "rejected"), definition.Transitions);
        Assert.IsType<HumanTask>(definition.GetActivity("approval"));
        Assert.Null(definition.FindActivity("ghost"));
    }

    [Fact]
    public void Build_QuorumWithinBranches_Succeeds() =>
        Assert.Equal(2, Assert.IsType<Join>(ForkJoin(quorum: 2).Build().GetActivity("merge")).Quorum);

    private static WorkflowDefinitionBuilder Valid() =>
        new WorkflowDefinitionBuilder("valid", 1)
            .StartAt("approval")
            .HumanTask("approval", t => t.AssignTo(SampleDefinitions.Officers).Outcomes("approve", "reject").Form("sample.approval"))
            .End("approved", "Approved")
            .End("rejected", "Rejected")
            .Transition("approval", "approve", "approved")
            .Transition("approval", "reject", "rejected");

    private static WorkflowDefinitionBuilder ForkJoin(int quorum) =>
        new WorkflowDefinitionBuilder("x", 1).StartAt("split").Fork("split", ["a", "b"]).Join("merge", "split", quorum)
            .End("end", "Done").Transition("split", "a", "merge").Transition("split", "b", "merge").Transition("merge", "done", "end");
}
