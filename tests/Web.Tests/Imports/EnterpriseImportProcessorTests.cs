using System.Text;
using Certification.Web.Data;
using Certification.Web.Domain.Enterprises;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.EnterpriseImport;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Certification.Web.Tests.Imports;

/// <summary>The background import on its own: progress on large files, and picking up an import a dead process left behind.</summary>
public sealed class EnterpriseImportProcessorTests
{
    private sealed class Recorder : IProgress<(int Processed, int Total)>
    {
        public List<(int Processed, int Total)> Reports { get; } = [];
        public void Report((int Processed, int Total) value) => Reports.Add(value);
    }

    private static byte[] Csv(int rows)
    {
        var text = new StringBuilder(string.Join(',', ImportColumn.All.Select(c => '"' + c.Vietnamese + '"'))).Append('\n');
        for (var i = 0; i < rows; i++)
            text.Append($"{3_700_000_000 + i},Công ty số {i},Cơ khí,{100 + i % 50},{(i % 10 == 0 ? "có" : "không")}\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static async Task<Guid> UploadAsync(TestApp app, byte[] content)
    {
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var developer = await world.UserAsync(Roles.ParkDeveloper, investor.Id);
        var park = await world.ParkAsync(province.Id, investor.Id);
        return await app.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<CertificationDbContext>();
            var import = new EnterpriseImport(park.Id, 2025, "lon.csv", ImportFormat.Csv, content, developer.Id, DateTimeOffset.UtcNow);
            db.EnterpriseImports.Add(import);
            await db.SaveChangesAsync();
            return import.Id;
        });
    }

    private static Task<EnterpriseImport> LoadAsync(TestApp app, Guid id) =>
        app.InScopeAsync(s => s.GetRequiredService<CertificationDbContext>().EnterpriseImports.AsNoTracking().SingleAsync(i => i.Id == id));

    [Fact]
    public async Task ProcessAsync_LargeFile_ReportsGrowingProgressAndSavesEveryRow()
    {
        await using var app = await TestApp.StartAsync();
        var id = await UploadAsync(app, Csv(1_200));
        var recorder = new Recorder();

        var processed = await app.Services.GetRequiredService<EnterpriseImportProcessor>().ProcessAsync(id, recorder, CancellationToken.None);
        var import = await LoadAsync(app, id);

        Assert.True(processed);
        Assert.Equal([(250, 1200), (500, 1200), (750, 1200), (1000, 1200), (1200, 1200)], recorder.Reports);
        Assert.Equal(EnterpriseImportStatus.Succeeded, import.Status);
        Assert.Equal((1200, 1200, 1200), (import.ProcessedRows, import.TotalRows, import.CreatedEnterprises));
    }

    [Fact]
    public async Task ProcessAsync_AlreadyClaimed_DoesNothingSecondTime()
    {
        await using var app = await TestApp.StartAsync();
        var id = await UploadAsync(app, Csv(3));
        var processor = app.Services.GetRequiredService<EnterpriseImportProcessor>();

        var first = await processor.ProcessAsync(id, null, CancellationToken.None);
        var second = await processor.ProcessAsync(id, null, CancellationToken.None);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(1, (await LoadAsync(app, id)).Attempts);
    }

    [Fact]
    public async Task Worker_ImportLeftRunningByADeadProcess_IsProcessedAgainOnStartAndSavedOnce()
    {
        await using var app = await TestApp.StartAsync();
        var id = await UploadAsync(app, Csv(40));
        // What a process killed mid-import leaves behind: claimed (Running, one attempt), nothing saved.
        await app.InScopeAsync(s => s.GetRequiredService<CertificationDbContext>().EnterpriseImports.Where(i => i.Id == id)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.Status, EnterpriseImportStatus.Running).SetProperty(i => i.Attempts, 1)));

        var worker = new EnterpriseImportWorker(app.Services.GetRequiredService<EnterpriseImportQueue>(),
            app.Services.GetRequiredService<EnterpriseImportProcessor>(), app.Services.GetRequiredService<IServiceScopeFactory>(),
            TimeProvider.System, NullLogger<EnterpriseImportWorker>.Instance);
        await worker.StartAsync(CancellationToken.None);
        var import = await LoadAsync(app, id);
        for (var wait = 0; wait < 300 && !import.IsFinished; wait++)
        {
            await Task.Delay(100);
            import = await LoadAsync(app, id);
        }
        await worker.StopAsync(CancellationToken.None);
        var enterprises = await app.InScopeAsync(s => s.GetRequiredService<CertificationDbContext>().Enterprises.CountAsync(e => e.ParkId == import.ParkId));

        Assert.Equal(EnterpriseImportStatus.Succeeded, import.Status);
        Assert.Equal(2, import.Attempts);
        Assert.Equal(40, enterprises);
    }
}
