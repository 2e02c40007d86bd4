namespace Certification.Web.Infrastructure.Evidence;

public static class EvidenceRegistration
{
    public static void AddEvidenceStore(this WebApplicationBuilder builder)
    {
        // Read when first needed, so tests (and environment variables) can point the store elsewhere.
        builder.Services.AddSingleton(provider => Options(provider.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton<EvidenceStore>();
        builder.Services.AddScoped<EvidenceIntake>();
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
            kestrel.Limits.MaxRequestBodySize = Options(context.Configuration).MaxFileBytes + 1024 * 1024);
    }

    private static EvidenceOptions Options(IConfiguration configuration)
    {
        var section = configuration.GetSection("Evidence");
        var configured = section["StorePath"] ?? ".data/evidence";
        // A relative path is relative to the folder of the root appsettings.json, never to the web root.
        var settingsFolder = Path.GetDirectoryName(configuration["Settings:Path"]) ?? Directory.GetCurrentDirectory();
        return new EvidenceOptions(Path.GetFullPath(Path.Combine(settingsFolder, configured)), section.GetValue("MaxFileBytes", 25L * 1024 * 1024));
    }
}
