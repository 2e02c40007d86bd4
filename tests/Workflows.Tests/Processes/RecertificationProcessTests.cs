using System.Text.Json.Nodes;
using Certification.Workflows.Processes;
using Certification.Workflows.Runtime;
using Certification.Workflows.Tests.Support;
using Ids = Certification.Workflows.Processes.RecertificationProcess.ActivityIds;

namespace Certification.Workflows.Tests.Processes;

/// <summary>Decree 35 Art 45: no consultation; parks go to the Committee, enterprises are decided by the Board.</summary>
public class RecertificationProcessTests
{
    private readonly TestRuntime _runtime = new(new DateOnly(2025, 3, 3),
        RecertificationProcess.BuildForPark(1, new RecertificationClockSettings()),
        RecertificationProcess.BuildForEnterprise(1, new RecertificationClockSettings()));
    private readonly List<string> _issued = [];

    public RecertificationProcessTests() =>
        _runtime.Bindings.AddAction(ProcessOutcomes.CertificateIssueAction, (context, _) =>
        {
            _issued.Add(context.DefinitionName);
            return Task.CompletedTask;
        });

    [Fact]
    public async Task CompletenessCheck_Complete_GoesStraightToTheBoardsEvaluationDueIn20WorkingDays()
    {
        var instance = await CompleteDossierAsync(RecertificationProcess.EnterpriseName);

        Assert.Equal([Ids.Evaluation], instance.CurrentActivityIds);
        Assert.Equal(new DateOnly(2025, 3, 31), TestRuntime.Waiting(instance, Ids.Evaluation).DueOn);
    }

    [Fact]
    public async Task Enterprise_BoardApproves_IssuesWithoutCommittee()
    {
        var instance = await CompleteDossierAsync(RecertificationProcess.EnterpriseName);

        await _runtime.CompleteAsync(instance, Ids.Evaluation, ProcessOutcomes.Approve);

        Assert.Equal(ProcessOutcomes.Certified, instance.FinalOutcome);
        Assert.Equal([RecertificationProcess.EnterpriseName], _issued);
    }

    [Fact]
    public async Task Park_BoardProposesCommitteeApproves_Issues()
    {
        var instance = await CompleteDossierAsync(RecertificationProcess.ParkName);

        await _runtime.CompleteAsync(instance, Ids.Evaluation, ProcessOutcomes.Propose);
        var committee = TestRuntime.Waiting(instance, Ids.CommitteeDecision);
        await _runtime.CompleteAsync(instance, Ids.CommitteeDecision, ProcessOutcomes.Approve);

        Assert.Equal("UBND-DN", committee.CandidateGroup!.OrganisationId);
        Assert.Equal(ProcessOutcomes.Certified, instance.FinalOutcome);
        Assert.Equal([RecertificationProcess.ParkName], _issued);
    }

    [Fact]
    public async Task Park_CommitteeRefuses_EndsRefusedByCommitteeWithoutCertificate()
    {
        var instance = await CompleteDossierAsync(RecertificationProcess.ParkName);
        await _runtime.CompleteAsync(instance, Ids.Evaluation, ProcessOutcomes.Propose);

        await _runtime.CompleteAsync(instance, Ids.CommitteeDecision, ProcessOutcomes.Refuse,
            new JsonObject { [ProcessDataKeys.RefusalReasons] = "ENV.2 below 20 %" });

        Assert.Equal(ProcessOutcomes.RefusedByCommittee, instance.FinalOutcome);
        Assert.Empty(_issued);
    }

    [Fact]
    public void BuildForPark_EvaluationClockBelowOneDay_Throws() =>
        Assert.ThrowsAny<Exception>(() => RecertificationProcess.BuildForPark(1, new RecertificationClockSettings { ParkEvaluationWorkingDays = 0 }));

    private async Task<WorkflowInstance> CompleteDossierAsync(string definition)
    {
        var instance = await _runtime.StartAsync(definition, new JsonObject
        {
            [ProcessDataKeys.ApplicantOrganisation] = "HOLDER-1",
            [ProcessDataKeys.BoardOrganisation] = "BQL-DN",
            [ProcessDataKeys.CommitteeOrganisation] = "UBND-DN",
        });
        await _runtime.CompleteAsync(instance, Ids.Draft, ProcessOutcomes.Submit);
        await _runtime.CompleteAsync(instance, Ids.CompletenessCheck, ProcessOutcomes.Complete);
        return instance;
    }
}
