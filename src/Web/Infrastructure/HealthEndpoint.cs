using Certification.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure;

public static class HealthEndpoint
{
    /// <summary>GET /health: 200 with database "up" and the applied migration count, or 503 with "down".</summary>
    public static void MapHealth(this WebApplication app) =>
        app.MapGet("/health", async (CertificationDbContext db, CancellationToken cancellationToken) =>
        {
            try
            {
                var migrations = await db.Database
                    .SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM schema_migrations")
                    .SingleAsync(cancellationToken);
                return Results.Ok(new { status = "healthy", database = "up", migrations });
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException)
            {
                return Results.Json(new { status = "unhealthy", database = "down", error = e.GetType().Name },
                    statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).AllowAnonymous();
}
