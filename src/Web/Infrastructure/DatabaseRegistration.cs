using Certification.Web.Data;
using Certification.Web.Data.Demo;
using Certification.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Certification.Web.Infrastructure;

public static class DatabaseRegistration
{
    /// <summary>The name under ConnectionStrings in appsettings.json.</summary>
    public const string ConnectionStringName = "Certification";

    /// <summary>
    /// The configured connection string, with automatic statement preparation on unless it says otherwise: every request
    /// runs the same few dozen statements, and a prepared one skips PostgreSQL's parse and plan (prepared statements
    /// survive the connection's return to the pool).
    /// </summary>
    public static string ConnectionString(this IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException("ConnectionStrings:Certification is not set in appsettings.json or ConnectionStrings__Certification.");
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = configured };
        if (given.Keys.Cast<string>().Any(key => key.Replace(" ", "").Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase)))
            return configured;
        return new NpgsqlConnectionStringBuilder(configured) { MaxAutoPrepare = 100 }.ConnectionString;
    }

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
        // Read when first needed (a host may set it after this registration), then kept: every request's context uses it.
        var connectionString = new Lazy<string>(builder.Configuration.ConnectionString);
        builder.Services.AddDbContext<CertificationDbContext>(options => options.UseNpgsql(connectionString.Value));
        builder.Services.AddSingleton(provider =>
            new SchemaMigrator(connectionString.Value, provider.GetRequiredService<ILogger<SchemaMigrator>>()));
    }
}
