using System.Net;
using Certification.Web.Data;
using Certification.Web.Domain.Applications;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Infrastructure.Workflows;
using Certification.Web.Tests.Infrastructure;
using Certification.Web.Tests.Workflows;
using Certification.Workflows.Processes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Certification.Web.Tests.Workflows.ProcessWorld;
using Ids = Certification.Workflows.Processes.EcoIndustrialParkProcess.ActivityIds;

namespace Certification.Web.Tests.Pages.Admin;

public sealed class HolidaysAndIncidentsTests
{
    [Fact]
    public async Task Holidays_AdministratorAddsRenamesAndRemovesADate_TheCalendarFollows()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await RoleSession.StartAsync(app, Roles.Administrator);
        var day = new DateOnly(2028, 2, 14);

        var added = await SignedInClient.PostFormAsync(admin.Client, "/Admin/Holidays?handler=Add",
            new() { ["Date"] = "2028-02-14", ["Name"] = "Tết Nguyên đán" }, "/Admin/Holidays");
        var afterAdd = await CalendarAsync(app);
        var renamed = await SignedInClient.PostFormAsync(admin.Client, "/Admin/Holidays?handler=Rename&date=2028-02-14",
            new() { ["Name"] = "Tết Nguyên đán 2028" }, "/Admin/Holidays");
        var page = PageHtml.Decoded(await admin.Client.GetStringAsync("/Admin/Holidays?year=2028"));
        var removed = await SignedInClient.PostFormAsync(admin.Client, "/Admin/Holidays?handler=Delete&date=2028-02-14", new(), "/Admin/Holidays");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.False(afterAdd.IsWorkingDay(day));
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Contains("Tết Nguyên đán 2028", page);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.True((await CalendarAsync(app)).IsWorkingDay(day));
    }

    [Fact]
    public async Task Holidays_DateAlreadyInTheTable_IsRefusedNamingTheDate()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await RoleSession.StartAsync(app, Roles.Administrator, "en");

        var response = await SignedInClient.PostFormAsync(admin.Client, "/Admin/Holidays?handler=Add",
            new() { ["Date"] = "2026-09-02", ["Name"] = "Quốc khánh" }, "/Admin/Holidays");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("02/09/2026 is already in the holiday table.", PageHtml.FieldError(await response.Content.ReadAsStringAsync(), "Date"));
    }

    [Theory]
    [InlineData(Roles.Board)]
    [InlineData(Roles.ParkDeveloper)]
    public async Task Holidays_AsNonAdministrator_IsForbidden(string role)
    {
        await using var app = await TestApp.StartAsync();
        var session = await RoleSession.StartAsync(app, role);

        var response = await session.Client.GetAsync("/Admin/Holidays");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Incidents_AdministratorRetriesTheFailedCertificateStep_ApplicationIsCertified()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await world.ReachEvaluationAsync();
        Done(await world.ActAsync(Board, id, Ids.Evaluation, ProcessOutcomes.Propose));
        await TakeNextCertificateNumberAsync(app, world);
        Done(await world.ActAsync(Committee, id, Ids.CommitteeDecision, ProcessOutcomes.Approve));
        var incident = Assert.Single((await world.InstanceAsync(id)).Incidents);
        var admin = await world.ClientAsync(ProcessWorld.Admin);

        var list = await admin.GetStringAsync("/Admin/Incidents");
        var retried = await SignedInClient.PostFormAsync(admin, $"/Admin/Incidents?handler=Retry&applicationId={id}&incidentId={incident.Id}",
            new(), "/Admin/Incidents");

        Assert.Contains($"data-incident-id=\"{incident.Id}\"", list);
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Equal(ApplicationStatus.Certified, (await world.ApplicationAsync(id)).Status);
        Assert.Contains("id=\"no-incidents\"", await admin.GetStringAsync("/Admin/Incidents"));
    }

    private static Task<Certification.Workflows.Clocks.WorkingDayCalendar> CalendarAsync(TestApp app) =>
        app.InScopeAsync(services => services.GetRequiredService<WorkflowHost>().CalendarAsync(CancellationToken.None));

    /// <summary>Another application already carries the number the next certificate would take.</summary>
    private static async Task TakeNextCertificateNumberAsync(TestApp app, ProcessWorld world)
    {
        var year = Certification.Workflows.Clocks.VietnamTime.Today(TimeProvider.System).Year;
        var park = await app.World().ParkAsync(world.Province.Id, world.Person(Developer).OrganisationId);
        await app.InScopeAsync(async services =>
        {
            var other = await services.GetRequiredService<ApplicationOpening>().OpenAsync(new AccessPolicy(world.Person(Developer)),
                ApplicationKind.EcoIndustrialPark, park.Id, null, false, CancellationToken.None);
            var db = services.GetRequiredService<CertificationDbContext>();
            (await db.Applications.SingleAsync(a => a.Id == other!.Id)).IssueCertificate($"01/{year}/GCN-KCNST-{world.Province.Code.ToUpperInvariant()}", new DateOnly(year, 1, 5));
            await db.SaveChangesAsync();
        });
    }
}
