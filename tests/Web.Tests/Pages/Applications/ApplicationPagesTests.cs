using System.Net;
using Certification.Web.Data;
using Certification.Web.Domain.Applications;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;
using Certification.Web.Tests.Workflows;
using Certification.Workflows.Processes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Certification.Web.Tests.Workflows.ProcessWorld;
using Ids = Certification.Workflows.Processes.EcoIndustrialParkProcess.ActivityIds;

namespace Certification.Web.Tests.Pages.Applications;

public sealed class ApplicationPagesTests
{
    [Fact]
    public async Task Index_DeveloperOpensAnApplicationForItsPark_LandsOnItsDraft()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var developer = await world.ClientAsync(Developer);

        var response = await SignedInClient.PostFormAsync(developer, "/Applications", new() { ["ParkId"] = world.ParkId.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = PageHtml.Decoded(await developer.GetStringAsync(response.Headers.Location!.OriginalString));
        Assert.Contains("data-status=\"Draft\"", details);
        Assert.Contains("Chuẩn bị và nộp hồ sơ", details);
        Assert.Contains("id=\"attach-document\"", details);
    }

    [Fact]
    public async Task Details_AsApplicantDuringReview_ShowsWhoHoldsItDueDatesTimelineAndDiagram()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await world.OpenAndRouteAsync();
        var developer = await world.ClientAsync(Developer);
        var review = (await world.TaskAsync(id, Ids.Review, "ENV.1"))!;

        var html = PageHtml.Decoded(await developer.GetStringAsync($"/Applications/Details/{id}"));

        Assert.Contains("data-status=\"UnderReview\"", html);
        Assert.Contains($"data-due-on=\"{review.DueOn:yyyy-MM-dd}\"", html);
        Assert.Contains("ngày làm việc", html);
        Assert.Contains("data-activity=\"completenessCheck\"", html); // the timeline has the Board's check
        Assert.Contains("<svg", html);
        Assert.Contains("current", html);
        Assert.DoesNotContain("/Tasks/Task/", html); // the developer holds no step now
    }

    [Fact]
    public async Task Details_InEnglish_ShowsEnglishLabels()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await world.OpenAndRouteAsync();
        var board = await world.ClientAsync(Board, culture: "en");

        var html = PageHtml.Decoded(await board.GetStringAsync($"/Applications/Details/{id}"));

        Assert.Contains("Certification application", html);
        Assert.Contains("Under review", html);
        Assert.Contains("Review indicator", html);
        Assert.Contains("working days left", html);
    }

    [Fact]
    public async Task Details_ApplicationOfAnotherApplicant_IsNotFound()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await world.OpenAsync();
        var stranger = await RoleSession.StartAsync(app, Roles.ParkDeveloper);

        var response = await stranger.Client.GetAsync($"/Applications/Details/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Processes_Index_DrawsBothProcesses()
    {
        await using var app = await TestApp.StartAsync();
        var session = await RoleSession.StartAsync(app, Roles.Board);

        var html = await session.Client.GetStringAsync("/Processes");

        Assert.Contains("id=\"process-eip-certification\"", html);
        Assert.Contains("id=\"process-eco-enterprise-certification\"", html);
        Assert.Contains("data-activity-id=\"committeeDecision\"", html);
        // The boxes' second lines in Vietnamese (the English descriptions stay in the tooltips).
        var boxes = PageHtml.Decoded(html);
        Assert.Contains(">15 ngày làm việc · Cơ quan thẩ…<", boxes);
        Assert.Contains(">Chờ tất cả các nhánh<", boxes);
        Assert.DoesNotContain(">parallel branches<", boxes);
    }
}
