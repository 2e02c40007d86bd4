namespace Certification.Web.Infrastructure.Evidence;

public static class EvidenceRegistration
{
    public static void AddEvidenceStore(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Evidence");
        var configured = section["StorePath"] ?? ".data/evidence";
        // A relative path is relative to the folder of the root appsettings.json, never to the web root.
        var settingsFolder = Path.GetDirectoryName(builder.Configuration["Settings:Path"]) ?? Directory.GetCurrentDirectory();
        var options = new EvidenceOptions(Path.GetFullPath(Path.Combine(settingsFolder, configured)), section.GetValue("MaxFileBytes", 25L * 1024 * 1024));
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<EvidenceStore>();
        builder.Services.AddScoped<EvidenceIntake>();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxFileBytes + 1024 * 1024);
    }
}
