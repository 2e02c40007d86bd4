namespace Certification.Web.Infrastructure.Monitoring;

public static class MonitoringRegistration
{
    /// <summary>Yearly reports, their review and the watch list (issue #7, Decree 35 Art 43–44).</summary>
    public static void AddMonitoring(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<MonitoringOptions>(builder.Configuration.GetSection("Monitoring"));
        builder.Services.AddScoped<MonitoringMail>();
        builder.Services.AddScoped<WatchList>();
        builder.Services.AddScoped<AnnualReportEvaluator>();
        builder.Services.AddScoped<AnnualReportReview>();
        builder.Services.AddScoped<MonitoringCheck>();
        builder.Services.AddScoped<Data.Demo.DemoMonitoring>();
        builder.Services.AddScoped<Pages.Monitoring.MonitoringTasks>();
    }
}
