using System.Net;
using Certification.Web.Data;
using Certification.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Certification.Web.Tests.Infrastructure;
using Certification.Web.Tests.Workflows;
using Certification.Workflows.Processes;
using static Certification.Web.Tests.Workflows.ProcessWorld;
using Ids = Certification.Workflows.Processes.EcoIndustrialParkProcess.ActivityIds;

namespace Certification.Web.Tests.Pages.Applications;

/// <summary>The step pages: each person acts from a page reached from their inbox; refusals come back as messages.</summary>
public sealed class TaskPagesTests
{
    private static string TaskUrl(Guid applicationId, Guid taskId) => $"/Tasks/Task/{applicationId}/{taskId}";

    [Fact]
    public async Task Inbox_AsReviewer_ListsOnlyItsBodysTasksWithDueDate()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await world.OpenAndRouteAsync();
        var mae = await world.ClientAsync(Mae);
        var maeTask = (await world.TaskAsync(id, Ids.Review, "ENV.1"))!;
        var moitTask = (await world.TaskAsync(id, Ids.Review, "ENV.2"))!;

        var html = await mae.GetStringAsync("/Tasks/Inbox");

        Assert.Contains(TaskUrl(id, maeTask.Id), html);
        Assert.DoesNotContain(TaskUrl(id, moitTask.Id), html);
        Assert.Contains($"data-due-on=\"{maeTask.DueOn:yyyy-MM-dd}\"", html);
        Assert.Contains("còn", PageHtml.Decoded(html));
    }

    [Fact]
    public async Task Review_ApprovedThroughThePage_RecordsTheDecisionAndShowsItOnTheApplication()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await world.OpenAndRouteAsync();
        var mae = await world.ClientAsync(Mae);
        var task = (await world.TaskAsync(id, Ids.Review, "ENV.1"))!;

        var page = PageHtml.Decoded(await mae.GetStringAsync(TaskUrl(id, task.Id)));
        var response = await SignedInClient.PostFormAsync(mae, TaskUrl(id, task.Id),
            new() { ["Outcome"] = ProcessOutcomes.Approve, ["Comment"] = "Số liệu quan trắc đạt QCVN" });
        var details = PageHtml.Decoded(await mae.GetStringAsync($"/Applications/Details/{id}"));

        Assert.Contains("ENV.1", page);
        Assert.Contains("/Evidence/View/", page);
        Assert.Contains("id=\"outcome-requestSupplement\"", page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Applications/Details/{id}", response.Headers.Location!.OriginalString);
        Assert.Contains("Số liệu quan trắc đạt QCVN", details);
        Assert.Equal(ProcessOutcomes.Approve, (await world.ApplicationAsync(id)).Routes.Single(r => r.IndicatorCode == "ENV.1").Decision);
    }

    [Fact]
    public async Task Task_PostedAgainAfterItWasDone_ShowsAlreadyDone()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await world.OpenAsync();
        var developer = await world.ClientAsync(Developer);
        var task = (await world.TaskAsync(id, Ids.Draft))!;
        var formPage = TaskUrl(id, task.Id);

        var first = await SignedInClient.PostFormAsync(developer, formPage, new() { ["Outcome"] = ProcessOutcomes.Submit });
        var second = await SignedInClient.PostFormAsync(developer, formPage, new() { ["Outcome"] = ProcessOutcomes.Submit });

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("Bước này đã được xử lý.", PageHtml.Decoded(await second.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Task_OfAnotherReviewingBody_IsForbidden()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await world.OpenAndRouteAsync();
        var moit = await world.ClientAsync(Moit);
        var maeTask = (await world.TaskAsync(id, Ids.Review, "ENV.1"))!;

        var response = await moit.GetAsync(TaskUrl(id, maeTask.Id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task CompletenessCheck_IncompleteWithoutMissingItems_ShowsTheFieldErrorAndKeepsTheTask()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await world.OpenAsync();
        Done(await world.ActAsync(Developer, id, Ids.Draft, ProcessOutcomes.Submit));
        var board = await world.ClientAsync(Board, culture: "en");
        var task = (await world.TaskAsync(id, Ids.CompletenessCheck))!;

        var response = await SignedInClient.PostFormAsync(board, TaskUrl(id, task.Id), new() { ["Outcome"] = ProcessOutcomes.Incomplete });
        var html = PageHtml.Decoded(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Please state which parts of the dossier are missing.", html);
        Assert.Contains("Check completeness", html);
        Assert.NotNull(await world.TaskAsync(id, Ids.CompletenessCheck));
    }

    [Fact]
    public async Task Route_PagePreselectsEachIndicatorsBodyAndRoutesWhatTheBoardChose()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await world.OpenAsync();
        Done(await world.ActAsync(Developer, id, Ids.Draft, ProcessOutcomes.Submit));
        Done(await world.ActAsync(Board, id, Ids.CompletenessCheck, ProcessOutcomes.Complete));
        var board = await world.ClientAsync(Board);
        var task = (await world.TaskAsync(id, Ids.Route))!;

        var page = await board.GetStringAsync(TaskUrl(id, task.Id));
        var response = await SignedInClient.PostFormAsync(board, TaskUrl(id, task.Id), new()
        {
            ["Outcome"] = ProcessOutcomes.Routed,
            ["Routes[ENV.1]"] = world.BodyOf(Mae).ToString(),
            ["Routes[ECO.1]"] = world.BodyOf(Moit).ToString(),
            ["Routes[SOC.1]"] = "",
        });

        Assert.Contains("name=\"Routes[ENV.1]\"", page);
        Assert.Contains($"<option value=\"{world.BodyOf(Mae)}\" selected=\"selected\">", page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var routes = (await world.ApplicationAsync(id)).Routes.OrderBy(r => r.IndicatorCode).Select(r => (r.IndicatorCode, r.ReviewingBodyId));
        Assert.Equal([("ECO.1", world.BodyOf(Moit)), ("ENV.1", world.BodyOf(Mae))], routes);
    }

    [Fact]
    public async Task Evaluation_PageShowsCriteriaResultAndTheDecisionRecordsTheSetVersion()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await world.ReachEvaluationAsync();
        var board = await world.ClientAsync(Board);
        var task = (await world.TaskAsync(id, Ids.Evaluation))!;

        var page = await board.GetStringAsync(TaskUrl(id, task.Id));
        var response = await SignedInClient.PostFormAsync(board, TaskUrl(id, task.Id), new() { ["Outcome"] = ProcessOutcomes.Propose });

        Assert.Contains("id=\"criteria-result\" data-set-id=\"vn-eip-national\" data-set-version=\"1\"", page);
        Assert.Contains("id=\"opinions\"", page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var application = await world.ApplicationAsync(id);
        Assert.Equal(("vn-eip-national", "1"), (application.CriteriaSetId, application.CriteriaSetVersion));
        Assert.Equal("Proposed", application.Status);
    }

    [Fact]
    public async Task CommitteeDecision_ApprovedThroughThePage_ShowsTheCertificateNumberToTheApplicant()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await world.ReachEvaluationAsync();
        Done(await world.ActAsync(Board, id, Ids.Evaluation, ProcessOutcomes.Propose));
        var committee = await world.ClientAsync(Committee);
        var developer = await world.ClientAsync(Developer);
        var task = (await world.TaskAsync(id, Ids.CommitteeDecision))!;

        var response = await SignedInClient.PostFormAsync(committee, TaskUrl(id, task.Id), new() { ["Outcome"] = ProcessOutcomes.Approve });
        var details = await developer.GetStringAsync($"/Applications/Details/{id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("01/", PageHtml.TextOf(details, "certificate-number"));
        Assert.Contains("id=\"certificate-link\"", details);
        Assert.Equal("Certified", PageHtml.Decoded(details).Split("data-status=\"")[1].Split('"')[0]);
    }

    [Fact]
    public async Task EvidenceView_ReviewerOfARoutedBody_OpensTheDossierFileAndAnUnroutedBodyCannot()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await world.OpenAndRouteAsync();
        var fileId = (await app.InScopeAsync(services => services.GetRequiredService<CertificationDbContext>().Applications
            .Where(a => a.Id == id).SelectMany(a => a.Documents).Select(d => d.EvidenceFileId).FirstAsync()));
        var mae = await world.ClientAsync(Mae);
        var unrouted = await RoleSession.StartAsync(app, Roles.Reviewer);

        var routed = await mae.GetAsync($"/Evidence/View/{fileId}");
        var refused = await unrouted.Client.GetAsync($"/Evidence/View/{fileId}");

        Assert.Equal(HttpStatusCode.OK, routed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }
}
