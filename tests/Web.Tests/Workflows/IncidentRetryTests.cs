using Certification.Web.Data;
using Certification.Web.Domain.Applications;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Workflows;
using Certification.Web.Tests.Infrastructure;
using Certification.Workflows.Processes;
using Certification.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Certification.Web.Tests.Workflows.ProcessWorld;
using Ids = Certification.Workflows.Processes.EcoIndustrialParkProcess.ActivityIds;

namespace Certification.Web.Tests.Workflows;

public sealed class IncidentRetryTests
{
    [Fact]
    public async Task CertificateIssue_NumberAlreadyRecorded_FaultsAndAdministratorRetryIssuesTheNextNumber()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await world.ReachEvaluationAsync();
        Done(await world.ActAsync(Board, id, Ids.Evaluation, ProcessOutcomes.Propose));
        var year = Certification.Workflows.Clocks.VietnamTime.Today(TimeProvider.System).Year;
        var code = world.Province.Code.ToUpperInvariant();
        await RecordPaperCertificateAsync(app, world, $"01/{year}/GCN-KCNST-{code}");

        Done(await world.ActAsync(Committee, id, Ids.CommitteeDecision, ProcessOutcomes.Approve));
        var faulted = await world.InstanceAsync(id);
        var pending = await world.ApplicationAsync(id);
        var incident = Assert.Single(faulted.Incidents);
        var notAdmin = await app.InScopeAsync(services => services.GetRequiredService<WorkflowHost>()
            .RetryIncidentAsync(new AccessPolicy(world.Person(Board)), id, incident.Id, CancellationToken.None));
        var retried = await app.InScopeAsync(services => services.GetRequiredService<WorkflowHost>()
            .RetryIncidentAsync(new AccessPolicy(world.Person(Admin)), id, incident.Id, CancellationToken.None));
        var again = await app.InScopeAsync(services => services.GetRequiredService<WorkflowHost>()
            .RetryIncidentAsync(new AccessPolicy(world.Person(Admin)), id, incident.Id, CancellationToken.None));

        Assert.Equal(WorkflowStatus.Faulted, faulted.Status);
        Assert.Equal(Ids.IssueCertificate, incident.ActivityId);
        Assert.Equal(ApplicationStatus.CertificatePending, pending.Status);
        Assert.Equal(TaskRefusal.NotFound, notAdmin.Refusal);
        Done(retried);
        Assert.Equal(TaskRefusal.AlreadyDone, again.Refusal);
        var certified = await world.ApplicationAsync(id);
        Assert.Equal(ApplicationStatus.Certified, certified.Status);
        Assert.Equal($"02/{year}/GCN-KCNST-{code}", certified.CertificateNumber);
        Assert.Equal(WorkflowStatus.Completed, (await world.InstanceAsync(id)).Status);
    }

    /// <summary>Another application of the province already carries <paramref name="number"/> (e.g. entered from paper).</summary>
    private static async Task RecordPaperCertificateAsync(TestApp app, ProcessWorld world, string number)
    {
        var otherPark = await app.World().ParkAsync(world.Province.Id, world.Person(Developer).OrganisationId);
        await app.InScopeAsync(async services =>
        {
            var other = await services.GetRequiredService<ApplicationOpening>().OpenAsync(new AccessPolicy(world.Person(Developer)),
                ApplicationKind.EcoIndustrialPark, otherPark.Id, null, false, CancellationToken.None);
            var db = services.GetRequiredService<CertificationDbContext>();
            var tracked = await db.Applications.SingleAsync(a => a.Id == other!.Id);
            tracked.IssueCertificate(number, new DateOnly(2026, 1, 5));
            await db.SaveChangesAsync();
        });
    }
}
