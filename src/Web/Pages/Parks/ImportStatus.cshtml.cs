using System.Text.Json;
using Certification.Criteria.Wording;
using Certification.Web.Data;
using Certification.Web.Domain.Enterprises;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.EnterpriseImport;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Pages.Parks;

/// <summary>
/// One import: progress while it runs (the page polls <c>?handler=Progress</c>), then either the counts saved or
/// every problem row by row, worded in the reader's language.
/// </summary>
public sealed class ImportStatusModel(CertificationDbContext db, AccessPolicy access) : PageModel
{
    public sealed record View(Guid Id, Guid ParkId, string ParkName, int Year, string FileName, EnterpriseImportStatus Status,
        int Processed, int Total, int Created, int Updated, int Attempts, string? ProblemsJson)
    {
        public bool Finished => Status is EnterpriseImportStatus.Succeeded or EnterpriseImportStatus.Failed;
    }

    public View Import { get; private set; } = null!;
    public IReadOnlyList<ImportProblem> Problems { get; private set; } = [];
    public bool Finished => Import.Finished;

    public async Task<IActionResult> OnGetAsync(Guid parkId, Guid importId, CancellationToken ct)
    {
        if (await FindAsync(parkId, importId, ct) is not { } found)
            return NotFound();
        Import = found;
        Problems = found.ProblemsJson is null ? [] : JsonSerializer.Deserialize<List<ImportProblem>>(found.ProblemsJson) ?? [];
        return Page();
    }

    public async Task<IActionResult> OnGetProgressAsync(Guid parkId, Guid importId, CancellationToken ct) =>
        await FindAsync(parkId, importId, ct) is { } found
            ? new JsonResult(new { status = found.Status.ToString(), processed = found.Processed, total = found.Total,
                finished = found.Finished })
            : NotFound();

    /// <summary>Razor Pages would render this read-only page without data for a verb it has no handler for.</summary>
    public IActionResult OnPost() => NotFound();

    public static string? ColumnHeader(string? key, Language language) =>
        key is null ? null : ImportColumn.All.FirstOrDefault(c => c.Key == key)?.Header(language);

    private Task<View?> FindAsync(Guid parkId, Guid importId, CancellationToken ct) =>
        (from import in db.EnterpriseImports
         join park in access.ParksAcceptingEnterprises(db.Parks) on import.ParkId equals park.Id
         where import.Id == importId && park.Id == parkId
         select new View(import.Id, park.Id, park.Name, import.Year, import.FileName, import.Status, import.ProcessedRows,
             import.TotalRows, import.CreatedEnterprises, import.UpdatedEnterprises, import.Attempts, import.ProblemsJson))
        .SingleOrDefaultAsync(ct);
}
