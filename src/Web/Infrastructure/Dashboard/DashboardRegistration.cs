namespace Certification.Web.Infrastructure.Dashboard;

public static class DashboardRegistration
{
    /// <summary>The province dashboard (issue #6): targets from the "Targets" settings section and the reader.</summary>
    public static void AddDashboard(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<TargetOptions>(builder.Configuration.GetSection(TargetOptions.Section));
        builder.Services.AddScoped<DashboardReader>();
        builder.Services.AddScoped<Pages.Dashboard.DashboardText>();
    }
}
