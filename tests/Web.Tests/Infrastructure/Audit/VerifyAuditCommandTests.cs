using System.Diagnostics;
using Certification.Web.Domain.Organisations;
using Certification.Web.Tests.Infrastructure;

namespace Certification.Web.Tests.Infrastructure.Audit;

public sealed class VerifyAuditCommandTests
{
    [Fact]
    public async Task VerifyAudit_IntactThenEditedRow_ExitsZeroThenOneNamingTheRow()
    {
        await using var app = await TestApp.StartAsync();
        var world = app.World();
        var province = await world.ProvinceAsync();
        await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        await world.OrganisationAsync(OrganisationKind.ManagementBoard, province.Id);

        var (intactCode, intactOutput) = await RunVerifyAsync(app.Database.ConnectionString);
        await app.Database.ExecuteAsync("""UPDATE "AuditEntries" SET "After" = '{"Name":"forged"}' WHERE "Sequence" = 2""");
        var (brokenCode, brokenOutput) = await RunVerifyAsync(app.Database.ConnectionString);

        Assert.Equal(0, intactCode);
        Assert.Contains("intact: 3 rows", intactOutput);
        Assert.Equal(1, brokenCode);
        Assert.Contains("BROKEN at row 2 (content)", brokenOutput);
    }

    private static async Task<(int ExitCode, string Output)> RunVerifyAsync(string connectionString)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppProcess.BuiltAppFolder(), "Certification.Web.dll"));
        start.ArgumentList.Add("--verify-audit");
        start.Environment["ConnectionStrings__Certification"] = connectionString;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }
}
