using System.Text.Json.Nodes;
using Certification.Workflows.Clocks;
using Certification.Workflows.Definitions;
using Certification.Workflows.Runtime;

namespace Certification.Workflows.Tests.Support;

/// <summary>A runner wired with the seed holiday calendar and a fake clock, plus shortcuts to find bookmarks.</summary>
internal sealed class TestRuntime
{
    public TestRuntime(DateOnly today, params WorkflowDefinition[] definitions)
    {
        Time = FakeTimeProvider.AtVietnamTime(today);
        foreach (var definition in definitions)
        {
            Registry.Register(definition);
        }

        Runner = new WorkflowRunner(Registry, Bindings, Calendar, Time);
    }

    public FakeTimeProvider Time { get; }

    public WorkflowDefinitionRegistry Registry { get; } = new();

    public HostBindings Bindings { get; } = new();

    public WorkingDayCalendar Calendar { get; } = WorkingDayCalendar.From(VietnamesePublicHolidaySeed.Holidays);

    public WorkflowRunner Runner { get; }

    public Task<WorkflowInstance> StartAsync(string definitionName, JsonObject? data = null) =>
        Runner.StartAsync(definitionName, "starter", data, correlationId: "application-1");

    public static Bookmark Waiting(WorkflowInstance instance, string activityId, string? itemKey = null) =>
        Assert.Single(instance.Bookmarks, b => b.ActivityId == activityId && b.ItemKey == itemKey);

    public Task CompleteAsync(
        WorkflowInstance instance, string activityId, string outcome, JsonObject? data = null, string? itemKey = null, string actor = "officer") =>
        Runner.ResumeAsync(instance, Waiting(instance, activityId, itemKey).Id, outcome, actor, data);
}
