using System.Net;
using Certification.Web.Data;
using Certification.Web.Domain.Applications;
using Certification.Web.Domain.Evidence;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;
using Certification.Web.Tests.Workflows;
using Certification.Workflows.Processes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using EnterpriseIds = Certification.Workflows.Processes.EcoEnterpriseProcess.ActivityIds;

namespace Certification.Web.Tests.Pages.Applications;

/// <summary>The eco-enterprise process (Art 42) through its pages: open, submit, check, forward to departments, comment.</summary>
public sealed class EnterpriseProcessPagesTests
{
    [Fact]
    public async Task EnterpriseApplication_OpenedSubmittedAndForwarded_ReachesTheDepartmentsComment()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var company = await world.OrganisationAsync(OrganisationKind.Enterprise, province.Id);
        var board = await world.OrganisationAsync(OrganisationKind.ManagementBoard, province.Id);
        var department = await world.OrganisationAsync(OrganisationKind.ReviewingBody, province.Id, "DAE");
        var park = await world.ParkAsync(province.Id, investor.Id);
        var enterprise = await world.EnterpriseAsync(park.Id, company.Id);
        await EnterpriseWorld.CertifyParkAsync(app, province.Id, park.Id, board.Id, new DateOnly(2024, 6, 14));
        var applicant = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.Enterprise, company.Id));
        var officer = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.Board, board.Id));
        var reviewer = await SignedInClient.SignInAsync(app, await world.UserAsync(Roles.Reviewer, department.Id));

        var opened = await SignedInClient.PostFormAsync(applicant, "/Applications", new() { ["EnterpriseId"] = enterprise.Id.ToString() });
        var id = Guid.Parse(opened.Headers.Location!.OriginalString.Split('/').Last());
        await AttachRequiredPartsAsync(app, id, company.Id);
        await ActAsync(app, applicant, id, "draft", new() { ["Outcome"] = ProcessOutcomes.Submit });
        await ActAsync(app, officer, id, "completenessCheck", new() { ["Outcome"] = ProcessOutcomes.Complete });
        var forwardPage = await officer.GetStringAsync(await TaskUrlAsync(app, id, EnterpriseIds.Forward));
        await ActAsync(app, officer, id, EnterpriseIds.Forward, new() { ["Outcome"] = ProcessOutcomes.Routed, ["Departments"] = department.Id.ToString() });
        var inbox = await reviewer.GetStringAsync("/Tasks/Inbox");

        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Contains($"value=\"{department.Id}\"", forwardPage);
        Assert.Contains(await TaskUrlAsync(app, id, EnterpriseIds.Comment), inbox);
        var application = await app.InScopeAsync(s => s.GetRequiredService<CertificationDbContext>().Applications.Include(a => a.Routes).SingleAsync(a => a.Id == id));
        Assert.Equal(ApplicationKind.EcoEnterprise, application.Kind);
        Assert.Equal(department.Id, Assert.Single(application.Routes).ReviewingBodyId);
    }

    [Fact]
    public async Task Index_EnterpriseOfAnUncertifiedPark_ToldWhyItCannotApplyAndOfferedNoForm()
    {
        await using var app = await TestApp.StartAsync();
        var world = await EnterpriseWorld.CreateAsync(app, certified: false);
        var applicant = await world.ClientAsync(EnterpriseWorld.Company);

        var page = PageHtml.Decoded(await applicant.GetStringAsync("/Applications"));
        var posted = await SignedInClient.PostFormAsync(applicant, "/Applications", new() { ["EnterpriseId"] = world.EnterpriseId.ToString() });

        Assert.Contains("id=\"enterprise-not-eligible\"", page);
        Assert.Contains("chưa được chứng nhận là khu công nghiệp sinh thái", page);
        Assert.DoesNotContain("open-enterprise-application", page);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("chưa được chứng nhận là khu công nghiệp sinh thái", PageHtml.Decoded(await posted.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Evaluation_BoardPage_ShowsTheEnterpriseCriteriaAndDepartmentOpinionsAndApprovalCertifies()
    {
        await using var app = await TestApp.StartAsync();
        var world = await EnterpriseWorld.CreateAsync(app);
        var id = await world.ReachEvaluationAsync();
        var officer = await world.ClientAsync(EnterpriseWorld.Board);
        var url = await TaskUrlAsync(app, id, EnterpriseIds.Evaluation);

        var page = PageHtml.Decoded(await officer.GetStringAsync(url));
        var approved = await SignedInClient.PostFormAsync(officer, url, new() { ["Outcome"] = ProcessOutcomes.Approve });

        Assert.Contains("data-set-id=\"vn-eco-enterprise-national\"", page);
        Assert.Contains("id=\"criterion-LEGAL.1\" data-outcome=\"Met\"", page);
        Assert.Contains("id=\"criterion-LOC.1\" data-outcome=\"Met\"", page);
        Assert.Contains("id=\"criterion-RECP.1\" data-outcome=\"NotReported\"", page);
        var departments = await app.InScopeAsync(s => s.GetRequiredService<CertificationDbContext>().Organisations
            .Where(o => o.Id == world.BodyOf(EnterpriseWorld.Dae) || o.Id == world.BodyOf(EnterpriseWorld.Doit)).Select(o => o.Name).ToListAsync());
        Assert.All(departments, name => Assert.Contains(name, page));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var application = await world.ApplicationAsync(id);
        Assert.Equal(ApplicationStatus.Certified, application.Status);
        Assert.Equal("vn-eco-enterprise-national", application.CriteriaSetId);
    }

    private static async Task ActAsync(TestApp app, HttpClient client, Guid id, string activity, Dictionary<string, string> fields)
    {
        var response = await SignedInClient.PostFormAsync(client, await TaskUrlAsync(app, id, activity), fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{activity}: {(int)response.StatusCode} {PageHtml.Decoded(await response.Content.ReadAsStringAsync())}");
    }

    private static async Task<string> TaskUrlAsync(TestApp app, Guid id, string activity)
    {
        var taskId = await app.InScopeAsync(s => s.GetRequiredService<CertificationDbContext>().WorkflowTasks
            .Where(t => t.ApplicationId == id && t.ActivityId == activity).Select(t => t.Id).SingleAsync());
        return $"/Tasks/Task/{id}/{taskId}";
    }

    private static Task AttachRequiredPartsAsync(TestApp app, Guid id, Guid owner) => app.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<CertificationDbContext>();
        var application = await db.Applications.Include(a => a.Documents).SingleAsync(a => a.Id == id);
        foreach (var part in CertificationApplication.RequiredParts)
        {
            var file = new EvidenceFile(new string('c', 64), 10, "application/pdf", $"{part}.pdf", owner, Guid.NewGuid(), DateTimeOffset.UtcNow);
            db.EvidenceFiles.Add(file);
            application.AttachDocument(part, file.Id, null, DateTimeOffset.UtcNow);
        }
        await db.SaveChangesAsync();
    });
}
