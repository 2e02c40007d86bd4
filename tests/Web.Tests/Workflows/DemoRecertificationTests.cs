using Certification.Web.Data;
using Certification.Web.Data.Demo;
using Certification.Web.Domain.Applications;
using Certification.Web.Tests.Infrastructure;
using Certification.Workflows.Processes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Workflows;

public sealed class DemoRecertificationTests
{
    [Fact]
    public async Task LoadOnce_AfterDemoData_LeavesTheBoardARecertificationToEvaluateOnce()
    {
        await using var app = await TestApp.StartAsync();
        await app.InScopeAsync(async s =>
        {
            await s.GetRequiredService<DemoData>().LoadOnceAsync(CancellationToken.None);
            await s.GetRequiredService<DemoRecertification>().LoadOnceAsync(CancellationToken.None);
        });
        await app.InScopeAsync(s => s.GetRequiredService<DemoRecertification>().LoadOnceAsync(CancellationToken.None)); // kept, not doubled

        var (applications, tasks) = await app.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<CertificationDbContext>();
            var renewals = await db.Applications.Where(a => a.RenewsCertificateId != null).ToListAsync();
            var ids = renewals.Select(a => (Guid?)a.Id).ToList();
            return (renewals, await db.WorkflowTasks.Where(t => ids.Contains(t.ApplicationId)).Select(t => t.ActivityId).ToListAsync());
        });

        var renewal = Assert.Single(applications);
        Assert.True(renewal.IsDemo);
        Assert.Equal(ApplicationStatus.Evaluation, renewal.Status);
        Assert.Equal([RecertificationProcess.ActivityIds.Evaluation], tasks);
    }
}
