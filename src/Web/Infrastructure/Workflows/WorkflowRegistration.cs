namespace Certification.Web.Infrastructure.Workflows;

public static class WorkflowRegistration
{
    /// <summary>The process registry (one per app, built from the Workflows settings on first use) and the per-request host.</summary>
    public static void AddWorkflows(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<WorkflowSettings>(builder.Configuration.GetSection(WorkflowSettings.Section));
        builder.Services.AddSingleton<WorkflowDefinitions>();
        builder.Services.AddSingleton<HolidayCalendar>();
        builder.Services.AddScoped<WorkflowRunners>();
        builder.Services.AddScoped<WorkflowHost>();
        builder.Services.AddScoped<ApplicationOpening>();
        builder.Services.AddScoped<RecertificationOpening>();
        builder.Services.AddScoped<ApplicationReader>();
        builder.Services.AddScoped<Pages.Tasks.TaskForm>();
        builder.Services.AddScoped<Data.Demo.DemoApplications>();
        builder.Services.AddScoped<Data.Demo.DemoNewParks>();
        builder.Services.AddScoped<Data.Demo.DemoRecertification>();
    }
}
