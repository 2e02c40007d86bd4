using System.Text.Json.Nodes;
using Certification.Workflows.Activities;
using Certification.Workflows.Definitions;
using Certification.Workflows.Runtime;
using Certification.Workflows.Tests.Support;

namespace Certification.Workflows.Tests.Runtime;

public class DecisionTests
{
    private readonly TestRuntime _runtime = new(new DateOnly(2025, 3, 3), Definition());

    [Theory]
    [InlineData(true, "Met")]
    [InlineData(false, "NotMet")]
    public async Task Decision_HostPredicate_ChoosesTheBranch(bool allMet, string finalOutcome)
    {
        _runtime.Bindings.AddPredicate("criteria.allMandatoryMet", context => (bool)context.Data["allMet"]!);

        var instance = await _runtime.StartAsync("decision", new JsonObject { ["allMet"] = allMet });

        Assert.Equal(finalOutcome, instance.FinalOutcome);
        Assert.Equal(allMet ? Decision.TrueOutcome : Decision.FalseOutcome, instance.Journal.Single(j => j.ActivityId == "check" && j.Kind == JournalEntryKind.Completed).Outcome);
    }

    [Fact]
    public async Task Decision_PredicateChangesItsData_DoesNotChangeTheInstance()
    {
        _runtime.Bindings.AddPredicate("criteria.allMandatoryMet", context =>
        {
            context.Data["allMet"] = "tampered";
            return true;
        });

        var instance = await _runtime.StartAsync("decision", new JsonObject { ["allMet"] = true });

        Assert.True((bool)instance.Data["allMet"]!);
    }

    [Fact]
    public async Task StartAsync_PredicateNotBound_ThrowsNamingIt()
    {
        var error = await Assert.ThrowsAsync<WorkflowDefinitionException>(() => _runtime.StartAsync("decision"));

        Assert.Contains("decision 'check' uses predicate 'criteria.allMandatoryMet', which the host has not bound", error.Message);
    }

    [Fact]
    public async Task Decision_PredicateThrows_FaultsWithIncident()
    {
        _runtime.Bindings.AddPredicate("criteria.allMandatoryMet", _ => throw new InvalidOperationException("indicator set v3 missing"));

        var instance = await _runtime.StartAsync("decision");

        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        Assert.Equal(("check", "indicator set v3 missing"), (instance.Incidents[0].ActivityId, instance.Incidents[0].Message));
    }

    [Fact]
    public void AddPredicate_SameNameTwice_Throws()
    {
        _runtime.Bindings.AddPredicate("p", _ => true);

        Assert.Throws<ArgumentException>(() => _runtime.Bindings.AddPredicate("p", _ => false));
    }

    private static WorkflowDefinition Definition() =>
        new WorkflowDefinitionBuilder("decision", 1)
            .StartAt("check")
            .Decision("check", "criteria.allMandatoryMet")
            .End("met", "Met")
            .End("notMet", "NotMet")
            .Transition("check", Decision.TrueOutcome, "met")
            .Transition("check", Decision.FalseOutcome, "notMet")
            .Build();
}
