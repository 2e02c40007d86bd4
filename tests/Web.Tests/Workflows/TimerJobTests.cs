using System.Text.Json.Nodes;
using Certification.Web.Data;
using Certification.Web.Infrastructure.Workflows;
using Certification.Web.Tests.Infrastructure;
using Certification.Workflows.Definitions;
using Certification.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Workflows;

public sealed class TimerJobTests
{
    [Fact]
    public async Task WorkflowTimerJob_TwoClusteredInstances_FireADueTimerExactlyOnce()
    {
        var settings = new Dictionary<string, string?> { ["Scheduler:Enabled"] = "true", ["Scheduler:TimerPollSeconds"] = "1" };
        await using var first = await TestApp.StartAsync(settings);
        await using var second = TestApp.StartOn(first.Database, settings);
        var name = "reminder-" + TestWorld.Unique();
        foreach (var app in new[] { first, second })
        {
            var registry = await app.Services.GetRequiredService<WorkflowDefinitions>().RegistryAsync(CancellationToken.None);
            registry.Register(new WorkflowDefinitionBuilder(name, 1).StartAt("wait")
                .TimerAtInstant("wait", "remindAt").End("done", "Reminded").Transition("wait", "elapsed", "done").Build());
        }
        var instanceId = await first.InScopeAsync(async services =>
        {
            var instance = await services.GetRequiredService<WorkflowHost>().StartInstanceAsync(name, "test",
                new JsonObject { ["remindAt"] = DateTimeOffset.UtcNow.AddSeconds(2).ToString("O") }, null, CancellationToken.None);
            await services.GetRequiredService<CertificationDbContext>().SaveChangesAsync();
            return instance.Id;
        });

        var deadline = DateTime.UtcNow.AddSeconds(90);
        WorkflowInstance instance;
        do
        {
            await Task.Delay(200);
            instance = await first.InScopeAsync(services => services.GetRequiredService<CertificationDbContext>().WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == instanceId));
        }
        while (instance.Status != WorkflowStatus.Completed && DateTime.UtcNow < deadline);

        Assert.Equal(WorkflowStatus.Completed, instance.Status);
        Assert.Equal("Reminded", instance.FinalOutcome);
        Assert.Single(instance.Journal, j => j.ActivityId == "wait" && j.Kind == JournalEntryKind.Completed);
    }
}
