using System.Text.Json;
using Certification.Web.Data;
using Certification.Web.Domain.Enterprises;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure.EnterpriseImport;

/// <summary>
/// Runs imports in the background, one at a time. On start it takes up every import still pending, and every import
/// left running by a process that died (nothing of it was saved, so it starts again).
/// </summary>
public sealed class EnterpriseImportWorker(EnterpriseImportQueue queue, EnterpriseImportProcessor processor,
    IServiceScopeFactory scopes, TimeProvider clock, ILogger<EnterpriseImportWorker> log) : BackgroundService
{
    /// <summary>Wait between attempts to read unfinished imports while the database is unreachable at start.</summary>
    public static readonly TimeSpan DatabaseRetry = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A database that is down at start must not stop the app (the health endpoint reports it); keep trying.
        while (true)
        {
            try
            {
                await ResumeUnfinishedAsync(stoppingToken);
                break;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                log.LogWarning(error, "Cannot read unfinished enterprise imports; retrying in {Delay}", DatabaseRetry);
                await Task.Delay(DatabaseRetry, stoppingToken);
            }
        }
        await foreach (var importId in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await processor.ProcessAsync(importId, progress: null, stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                log.LogError(error, "Enterprise import {ImportId} failed", importId);
                await RecordFailureAsync(importId, stoppingToken);
            }
        }
    }

    private async Task ResumeUnfinishedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CertificationDbContext>();
        // Running rows exist only when a process died mid-import; put them back so the claim can take them again.
        await db.EnterpriseImports.Where(i => i.Status == EnterpriseImportStatus.Running)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.Status, EnterpriseImportStatus.Pending), cancellationToken);
        var waiting = await db.EnterpriseImports.Where(i => i.Status == EnterpriseImportStatus.Pending)
            .OrderBy(i => i.UploadedAt).Select(i => i.Id).ToListAsync(cancellationToken);
        foreach (var id in waiting)
            queue.Enqueue(id);
    }

    private async Task RecordFailureAsync(Guid importId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CertificationDbContext>();
        var import = await db.EnterpriseImports.SingleOrDefaultAsync(i => i.Id == importId, cancellationToken);
        if (import is null || import.IsFinished)
            return;
        var problem = ImportProblem.InFile("Lỗi hệ thống khi xử lý tệp; không có dữ liệu nào được lưu. Vui lòng tải lên lại hoặc báo quản trị viên.");
        import.Fail(JsonSerializer.Serialize(new[] { problem }), import.TotalRows, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }
}
