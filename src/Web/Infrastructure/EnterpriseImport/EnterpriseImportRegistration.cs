namespace Certification.Web.Infrastructure.EnterpriseImport;

public static class EnterpriseImportRegistration
{
    public static void AddEnterpriseImport(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<EnterpriseImportQueue>();
        builder.Services.AddSingleton<EnterpriseImportProcessor>();
        builder.Services.AddHostedService<EnterpriseImportWorker>();
    }
}
