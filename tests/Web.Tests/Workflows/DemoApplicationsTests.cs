using Certification.Web.Data;
using Certification.Web.Data.Demo;
using Certification.Web.Infrastructure.Audit;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;
using Certification.Workflows.Processes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Workflows;

public sealed class DemoApplicationsTests
{
    [Fact]
    public async Task LoadOnce_AfterDemoData_GivesEveryActingDemoUserAStepInTheInbox()
    {
        await using var app = await TestApp.StartAsync();
        await app.InScopeAsync(async services =>
        {
            await services.GetRequiredService<DemoData>().LoadOnceAsync(CancellationToken.None);
            await services.GetRequiredService<DemoApplications>().LoadOnceAsync(CancellationToken.None);
        });
        await app.InScopeAsync(services => services.GetRequiredService<DemoApplications>().LoadOnceAsync(CancellationToken.None)); // kept, not doubled

        var groups = await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CertificationDbContext>();
            var tasks = await db.WorkflowTasks.Select(t => new { t.RoleCode, t.OrganisationId }).ToListAsync();
            var users = await db.Users.Where(u => u.IsDemo).Select(u => new { u.Email, u.OrganisationId }).ToListAsync();
            return users.ToDictionary(u => u.Email!, u => tasks.Where(t => t.OrganisationId == u.OrganisationId.ToString()).Select(t => t.RoleCode!).ToList());
        });
        var applications = await app.InScopeAsync(services => services.GetRequiredService<CertificationDbContext>().Applications.ToListAsync());

        Assert.Contains(ProcessRoles.Applicant, groups["developer@demo.local"]);
        Assert.Contains(ProcessRoles.Applicant, groups["enterprise@demo.local"]);
        Assert.Contains(ProcessRoles.Reviewer, groups["reviewer@demo.local"]);
        Assert.Contains(ProcessRoles.BoardOfficer, groups["board@demo.local"]);
        Assert.Contains(ProcessRoles.CommitteeLeader, groups["committee@demo.local"]);
        Assert.Equal(4, applications.Count);
        Assert.All(applications, a => Assert.True(a.IsDemo));
    }
}
