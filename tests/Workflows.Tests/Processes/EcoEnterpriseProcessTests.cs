using System.Text.Json.Nodes;
using Certification.Workflows.Processes;
using Certification.Workflows.Runtime;
using Certification.Workflows.Tests.Support;
using Ids = Certification.Workflows.Processes.EcoEnterpriseProcess.ActivityIds;

namespace Certification.Workflows.Tests.Processes;

public class EcoEnterpriseProcessTests
{
    private static readonly string[] Departments = ["SNNMT", "SKHCN", "SCT", "SXD"];
    private readonly TestRuntime _runtime = new(new DateOnly(2025, 3, 3), EcoEnterpriseProcess.Build(1, new EcoEnterpriseClockSettings()));
    private readonly List<string> _issued = [];

    public EcoEnterpriseProcessTests() =>
        _runtime.Bindings.AddAction(ProcessOutcomes.CertificateIssueAction, (context, _) =>
        {
            _issued.Add(context.DefinitionName);
            return Task.CompletedTask;
        });

    [Fact]
    public async Task Forward_FourDepartments_CreatesOneCommentEachDueInTenWorkingDays()
    {
        var instance = await ForwardAsync();

        var comments = instance.Bookmarks.Where(b => b.ActivityId == Ids.Comment).ToList();
        Assert.Equal(Departments.Order(), comments.Select(c => c.CandidateGroup!.OrganisationId).Order());
        Assert.All(comments, c => Assert.Equal(new DateOnly(2025, 3, 17), c.DueOn));
        Assert.All(comments, c => Assert.Equal(EcoEnterpriseProcess.FormKeys.Comment, c.FormKey));
    }

    [Fact]
    public async Task Evaluation_AfterAllComments_IsDueTwentyWorkingDaysFromTheCompleteDossier()
    {
        var instance = await ForwardAsync();

        await CommentAllAsync(instance);

        Assert.Equal(new DateOnly(2025, 3, 31), TestRuntime.Waiting(instance, Ids.Evaluation).DueOn);
    }

    [Fact]
    public async Task Evaluation_Approve_IssuesTheCertificateAndEndsCertified()
    {
        var instance = await ForwardAsync();
        await CommentAllAsync(instance);

        await _runtime.CompleteAsync(instance, Ids.Evaluation, ProcessOutcomes.Approve);

        Assert.Equal(ProcessOutcomes.Certified, instance.FinalOutcome);
        Assert.Equal([EcoEnterpriseProcess.Name], _issued);
    }

    [Fact]
    public async Task Evaluation_Refuse_EndsRefusedByBoard()
    {
        var instance = await ForwardAsync();
        await CommentAllAsync(instance);

        await _runtime.CompleteAsync(instance, Ids.Evaluation, ProcessOutcomes.Refuse,
            new JsonObject { [ProcessDataKeys.RefusalReasons] = "No industrial symbiosis" });

        Assert.Equal(ProcessOutcomes.RefusedByBoard, instance.FinalOutcome);
        Assert.Empty(_issued);
    }

    [Fact]
    public async Task CompletenessCheck_Incomplete_LoopsBackThroughTheApplicant()
    {
        var instance = await StartAsync();
        await _runtime.CompleteAsync(instance, Ids.Draft, ProcessOutcomes.Submit);

        await _runtime.CompleteAsync(instance, Ids.CompletenessCheck, ProcessOutcomes.Incomplete,
            new JsonObject { [ProcessDataKeys.MissingItems] = "ISO 14001 certificate" });
        await _runtime.CompleteAsync(instance, Ids.Resubmit, ProcessOutcomes.Resubmit);

        Assert.Equal([Ids.CompletenessCheck], instance.CurrentActivityIds);
    }

    private Task<WorkflowInstance> StartAsync() =>
        _runtime.StartAsync(EcoEnterpriseProcess.Name, new JsonObject
        {
            [ProcessDataKeys.ApplicantOrganisation] = "ENT-42",
            [ProcessDataKeys.BoardOrganisation] = "BQL-DN",
        });

    private async Task<WorkflowInstance> ForwardAsync()
    {
        var instance = await StartAsync();
        await _runtime.CompleteAsync(instance, Ids.Draft, ProcessOutcomes.Submit);
        await _runtime.CompleteAsync(instance, Ids.CompletenessCheck, ProcessOutcomes.Complete);
        await _runtime.CompleteAsync(instance, Ids.Forward, ProcessOutcomes.Routed, new JsonObject
        {
            [ProcessDataKeys.ConsultedDepartments] = new JsonArray([.. Departments.Select(d => (JsonNode)new JsonObject { [ProcessDataKeys.Department] = d })]),
        });
        return instance;
    }

    private async Task CommentAllAsync(WorkflowInstance instance)
    {
        foreach (var department in Departments)
        {
            await _runtime.CompleteAsync(instance, Ids.Comment, ProcessOutcomes.Approve, itemKey: department);
        }
    }
}
