using Certification.Web.Data;
using Certification.Web.Data.Demo;
using Certification.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure;

public static class DatabaseRegistration
{
    /// <summary>The name under ConnectionStrings in appsettings.json.</summary>
    public const string ConnectionStringName = "Certification";

    public static string ConnectionString(this IConfiguration configuration) =>
        configuration.GetConnectionString(ConnectionStringName)
        ?? throw new InvalidOperationException("ConnectionStrings:Certification is not set in appsettings.json or ConnectionStrings__Certification.");

    public static void AddDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<AuditActor>();
        builder.Services.AddScoped<AuditChainVerifier>();
        builder.Services.AddScoped<DemoData>();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemHandling>();
        // Malformed JSON or a bad route value becomes a BadHttpRequestException, answered as a localised 400.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddDbContext<CertificationDbContext>(options =>
            options.UseNpgsql(builder.Configuration.ConnectionString()));
        builder.Services.AddSingleton(provider =>
            new SchemaMigrator(builder.Configuration.ConnectionString(), provider.GetRequiredService<ILogger<SchemaMigrator>>()));
    }
}
