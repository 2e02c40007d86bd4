using System.Text.Json.Nodes;
using Certification.Web.Data;
using Certification.Web.Infrastructure.Workflows;
using Certification.Web.Tests.Infrastructure;
using Certification.Workflows.Definitions;
using Certification.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Workflows;

public sealed class TimerFiringTests
{
    [Fact]
    public async Task FireDueTimers_BeforeAndAfterTheInstant_FiresOnlyWhenDueAndOnlyOnce()
    {
        await using var app = await TestApp.StartAsync();
        var name = "reminder-" + TestWorld.Unique();
        var registry = await app.Services.GetRequiredService<WorkflowDefinitions>().RegistryAsync(CancellationToken.None);
        registry.Register(new WorkflowDefinitionBuilder(name, 1).StartAt("wait")
            .TimerAtInstant("wait", "remindAt").End("done", "Reminded").Transition("wait", "elapsed", "done").Build());
        var remindAt = new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
        var instanceId = await app.InScopeAsync(async services =>
        {
            var host = services.GetRequiredService<WorkflowHost>();
            var instance = await host.StartInstanceAsync(name, "test", new JsonObject { ["remindAt"] = remindAt.ToString("O") }, null, CancellationToken.None);
            await services.GetRequiredService<CertificationDbContext>().SaveChangesAsync();
            return instance.Id;
        });

        var early = await FireAsync(app, remindAt.AddMinutes(-1));
        var due = await FireAsync(app, remindAt);
        var late = await FireAsync(app, remindAt.AddDays(1));

        Assert.Equal(0, early);
        Assert.Equal(1, due);
        Assert.Equal(0, late);
        var instance = await app.InScopeAsync(services => services.GetRequiredService<CertificationDbContext>().WorkflowInstances.SingleAsync(i => i.Id == instanceId));
        Assert.Equal(WorkflowStatus.Completed, instance.Status);
        Assert.Equal("Reminded", instance.FinalOutcome);
        Assert.False(await app.InScopeAsync(services => services.GetRequiredService<CertificationDbContext>().WorkflowTasks.AnyAsync(t => t.InstanceId == instanceId)));
    }

    private static Task<int> FireAsync(TestApp app, DateTimeOffset now) =>
        app.InScopeAsync(services => services.GetRequiredService<WorkflowHost>().FireDueTimersAsync(now, CancellationToken.None));
}
