using Certification.Workflows.Activities;
using Certification.Workflows.Definitions;

namespace Certification.Workflows.Tests.Support;

/// <summary>Small definitions that exercise one runtime feature each.</summary>
internal static class SampleDefinitions
{
    public static readonly CandidateGroupRule Officers = CandidateGroupRule.Fixed("Officer", "BOARD");

    /// <summary>approve → "Approved" / reject (requires "reasons") → "Rejected".</summary>
    public static WorkflowDefinition SingleTask(string name = "single-task", int version = 1) =>
        new WorkflowDefinitionBuilder(name, version)
            .StartAt("approval")
            .HumanTask("approval", t => t.AssignTo(Officers).Outcomes("approve", "reject").RequireData("reject", "reasons").Form("sample.approval"))
            .End("approved", "Approved")
            .End("rejected", "Rejected")
            .Transition("approval", "approve", "approved")
            .Transition("approval", "reject", "rejected")
            .Build();

    /// <summary>A fork into branches a, b, c (one task each) and a join needing <paramref name="quorum"/> (null = all).</summary>
    public static WorkflowDefinition ForkAndJoin(int? quorum) =>
        new WorkflowDefinitionBuilder("fork-join", 1)
            .StartAt("split")
            .Fork("split", ["a", "b", "c"])
            .HumanTask("taskA", t => t.AssignTo(Officers).Outcomes("done").Form("sample.a"))
            .HumanTask("taskB", t => t.AssignTo(Officers).Outcomes("done").Form("sample.b"))
            .HumanTask("taskC", t => t.AssignTo(Officers).Outcomes("done").Form("sample.c"))
            .Join("merge", "split", quorum)
            .HumanTask("after", t => t.AssignTo(Officers).Outcomes("done").Form("sample.after"))
            .End("end", "Done")
            .Transition("split", "a", "taskA")
            .Transition("split", "b", "taskB")
            .Transition("split", "c", "taskC")
            .Transition("taskA", "done", "merge")
            .Transition("taskB", "done", "merge")
            .Transition("taskC", "done", "merge")
            .Transition("merge", Join.DoneOutcome, "after")
            .Transition("after", "done", "end")
            .Build();

    /// <summary>A human task, then the host action <paramref name="actionName"/>, then End.</summary>
    public static WorkflowDefinition TaskThenAction(string actionName) =>
        new WorkflowDefinitionBuilder("task-action", 1)
            .StartAt("approval")
            .HumanTask("approval", t => t.AssignTo(Officers).Outcomes("approve").Form("sample.approval"))
            .Action("act", actionName)
            .End("end", "Done")
            .Transition("approval", "approve", "act")
            .Transition("act", AutomaticAction.DoneOutcome, "end")
            .Build();
}
