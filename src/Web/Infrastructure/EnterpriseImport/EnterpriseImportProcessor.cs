using System.Text.Json;
using Certification.Web.Data;
using Certification.Web.Domain.Assessment;
using Certification.Web.Domain.Enterprises;
using Certification.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure.EnterpriseImport;

/// <summary>
/// Processes one uploaded import: claims it, reads and checks every row (publishing progress as it goes), then either
/// saves every enterprise and its facts for the year in one transaction, or saves nothing and records every problem.
/// </summary>
/// <remarks>
/// Safe to repeat: nothing is written before the final transaction, so an import interrupted by a crash is simply
/// processed again from the start when the worker next starts.
/// </remarks>
public sealed class EnterpriseImportProcessor(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>Rows between two progress updates.</summary>
    public const int ProgressStep = 250;

    /// <summary>Processes <paramref name="importId"/> if it is still waiting; <paramref name="progress"/> hears (processed, total).</summary>
    /// <returns>False when another worker had already taken it, or it is finished.</returns>
    public async Task<bool> ProcessAsync(Guid importId, IProgress<(int Processed, int Total)>? progress, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CertificationDbContext>();
        if (!await ClaimAsync(db, importId, cancellationToken))
            return false;
        var upload = await db.EnterpriseImports.AsNoTracking().Where(i => i.Id == importId)
            .Select(i => new { i.ParkId, i.Year, i.Format, i.Content, i.UploadedByUserId }).SingleAsync(cancellationToken);
        var actor = await db.Users.Where(u => u.Id == upload.UploadedByUserId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        scope.ServiceProvider.GetRequiredService<AuditActor>().ActAs(upload.UploadedByUserId, actor ?? "enterprise-import");

        var problems = new List<ImportProblem>();
        var rows = ReadRows(upload.Content, upload.Format, problems);
        var total = Math.Max(rows.Count - 1, 0);
        var imported = new List<ImportedEnterprise>();
        var reader = rows.Count == 0 ? null : ImportRowReader.FromHeader(rows[0].Cells, problems);
        if (rows.Count == 0 && problems.Count == 0)
            problems.Add(ImportProblem.InFile("Tệp không có dòng tiêu đề."));
        if (reader is not null)
        {
            var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 1; i < rows.Count; i++)
            {
                var (row, cells) = rows[i];
                if (reader.Read(row, cells, problems) is { } enterprise)
                {
                    if (firstRowOf.TryAdd(enterprise.TaxCode, row))
                        imported.Add(enterprise);
                    else
                        problems.Add(new ImportProblem(row, "TaxCode", "Mã số thuế {0} đã có ở dòng {1}.", [enterprise.TaxCode, firstRowOf[enterprise.TaxCode].ToString()]));
                }
                if (i % ProgressStep == 0)
                    await PublishProgressAsync(db, importId, i, total, progress, cancellationToken);
            }
            if (total == 0)
                problems.Add(ImportProblem.InFile("Tệp không có dòng dữ liệu nào."));
        }
        await PublishProgressAsync(db, importId, total, total, progress, cancellationToken);

        var import = await db.EnterpriseImports.SingleAsync(i => i.Id == importId, cancellationToken);
        if (problems.Count > 0)
        {
            import.Fail(JsonSerializer.Serialize(problems), total, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        var (created, updated) = await ApplyAsync(db, upload.ParkId, upload.Year, upload.UploadedByUserId, imported, cancellationToken);
        import.Succeed(created, updated, total, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken); // one transaction: every enterprise, every fact, the import's result
        return true;
    }

    private async Task<(int Created, int Updated)> ApplyAsync(CertificationDbContext db, Guid parkId, int year, Guid by,
        List<ImportedEnterprise> imported, CancellationToken cancellationToken)
    {
        var existing = await db.Enterprises.Where(e => e.ParkId == parkId).ToDictionaryAsync(e => e.TaxCode, cancellationToken);
        var ids = existing.Values.Select(e => e.Id).ToList();
        var facts = await db.EnterpriseFacts.Where(f => ids.Contains(f.EnterpriseId) && f.Year == year)
            .ToDictionaryAsync(f => f.EnterpriseId, cancellationToken);
        var now = clock.GetUtcNow();
        var (created, updated) = (0, 0);
        foreach (var row in imported)
        {
            var taxCode = TaxCode.Normalise(row.TaxCode);
            if (existing.TryGetValue(taxCode, out var enterprise))
            {
                enterprise.Update(row.Name, taxCode, row.Sector.Length > 0 ? row.Sector : enterprise.Sector, row.Facts.Workforce ?? enterprise.WorkforceSize);
                updated++;
            }
            else
            {
                enterprise = new Enterprise(row.Name, taxCode, row.Sector, row.Facts.Workforce, parkId);
                db.Enterprises.Add(enterprise);
                existing[taxCode] = enterprise;
                created++;
            }
            if (!facts.TryGetValue(enterprise.Id, out var yearFacts))
            {
                yearFacts = new EnterpriseFacts(enterprise.Id, year);
                db.EnterpriseFacts.Add(yearFacts);
                facts[enterprise.Id] = yearFacts;
            }
            yearFacts.Report(row.Facts, by, now);
        }
        return (created, updated);
    }

    private static List<(int Row, string?[] Cells)> ReadRows(byte[] content, ImportFormat format, List<ImportProblem> problems)
    {
        try
        {
            return SpreadsheetRows.Read(content, format).ToList();
        }
        catch (Exception error) when (error is not OperationCanceledException and not OutOfMemoryException)
        {
            // A damaged or mislabelled file: OpenXml and CsvHelper throw many types for it, none of which is a bug here.
            problems.Add(ImportProblem.InFile(format == ImportFormat.Xlsx
                ? "Không đọc được tệp Excel: tệp bị hỏng hoặc không phải định dạng .xlsx."
                : "Không đọc được tệp CSV: tệp bị hỏng hoặc không phải văn bản UTF-8."));
            return [];
        }
    }

    private async Task<bool> ClaimAsync(CertificationDbContext db, Guid importId, CancellationToken cancellationToken)
    {
        // A conditional update is the claim: with two workers (two app instances), exactly one changes the row.
        var now = clock.GetUtcNow();
        var claimed = await db.EnterpriseImports
            .Where(i => i.Id == importId && i.Status == EnterpriseImportStatus.Pending)
            .ExecuteUpdateAsync(set => set
                .SetProperty(i => i.Status, EnterpriseImportStatus.Running)
                .SetProperty(i => i.StartedAt, now)
                .SetProperty(i => i.ProcessedRows, 0)
                .SetProperty(i => i.Attempts, i => i.Attempts + 1), cancellationToken);
        return claimed == 1;
    }

    private static async Task PublishProgressAsync(CertificationDbContext db, Guid importId, int processed, int total,
        IProgress<(int, int)>? progress, CancellationToken cancellationToken)
    {
        // Its own auto-committed statement, so the status page sees it while the import is still running.
        await db.EnterpriseImports.Where(i => i.Id == importId)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.ProcessedRows, processed).SetProperty(i => i.TotalRows, total), cancellationToken);
        progress?.Report((processed, total));
    }
}
