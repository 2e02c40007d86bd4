using Certification.Web.Data;
using Certification.Web.Data.Demo;
using Certification.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure.Startup;

/// <summary>
/// Command-line switches, handled before the app serves:
/// <c>--migrate</c> applies pending SQL migrations; <c>--seed-demo</c> loads the demo data once (kept on later runs);
/// <c>--verify-audit</c> walks the audit chain, prints the result and exits (exit code 1 when broken);
/// <c>--print-model-script</c> prints the DDL the EF model expects (for writing the next migration) and exits.
/// </summary>
public static class StartupCommands
{
    /// <returns>true when the command was one that exits instead of serving.</returns>
    public static async Task<bool> RunAsync(WebApplication app, string[] args)
    {
        var lifetime = app.Lifetime.ApplicationStopping;
        if (args.Contains("--print-model-script"))
        {
            await using var scope = app.Services.CreateAsyncScope();
            Console.WriteLine(scope.ServiceProvider.GetRequiredService<CertificationDbContext>().Database.GenerateCreateScript());
            return true;
        }
        if (args.Contains("--migrate") || args.Contains("--verify-audit"))
            await app.Services.GetRequiredService<SchemaMigrator>().MigrateAsync(lifetime);
        if (args.Contains("--verify-audit"))
        {
            await using var scope = app.Services.CreateAsyncScope();
            var report = await scope.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync(lifetime);
            Console.WriteLine(report.IsIntact
                ? $"Audit chain intact: {report.RowsChecked} rows checked."
                : $"Audit chain BROKEN at row {report.FirstBrokenSequence} ({report.Reason}); {report.RowsChecked} rows before it are intact.");
            Environment.ExitCode = report.IsIntact ? 0 : 1;
            return true;
        }
        if (args.Contains("--seed-demo"))
        {
            await using var scope = app.Services.CreateAsyncScope();
            await DemoSeed.LoadAsync(scope.ServiceProvider, lifetime);
        }
        return false;
    }
}
