namespace Certification.Web.Infrastructure.Certificates;

public static class CertificatesRegistration
{
    public static void AddCertificates(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(provider =>
        {
            var configuration = provider.GetRequiredService<IConfiguration>();
            var baseUrl = configuration["Site:PublicBaseUrl"] ?? "http://127.0.0.1:5080";
            // A base without the trailing slash would drop its last path segment when combined with "Verify/…".
            return new CertificateOptions(new Uri(baseUrl.TrimEnd('/') + "/"), configuration.GetValue("Certificates:ValidityYears", 0),
                configuration["Certificates:PdfSharpLicenseKey"]);
        });
        builder.Services.AddScoped<CertificateIssuer>();
    }
}
