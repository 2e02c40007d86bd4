namespace Certification.Web.Infrastructure.Reminders;

public static class ReminderRegistration
{
    public static void AddReminders(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<ReminderOptions>(builder.Configuration.GetSection("Reminders"));
        builder.Services.AddScoped<ReminderRecipients>();
        builder.Services.AddScoped<TaskReminders>();
        builder.Services.AddScoped<WorkflowTaskReminders>();
        builder.Services.AddScoped<AnnualReportReminders>();
        builder.Services.AddScoped<CertificateExpiryReminders>();
    }
}
