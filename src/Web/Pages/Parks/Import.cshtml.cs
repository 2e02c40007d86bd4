using Certification.Web.Data;
using Certification.Web.Domain;
using Certification.Web.Domain.Enterprises;
using Certification.Web.Domain.Parks;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.EnterpriseImport;
using Certification.Web.Pages.Criteria;
using Certification.Web.Resources;
using Certification.Criteria.Wording;
using Certification.Workflows.Clocks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Certification.Web.Pages.Parks;

/// <summary>
/// Enterprise data import for a park: download the template (XLSX or CSV, pre-filled with the park's enterprises),
/// upload it filled in for a reporting year, and follow the background import. Only those who may add enterprises
/// to the park (its developer, the province's administrator) see this page.
/// </summary>
public sealed class ImportModel(CertificationDbContext db, AccessPolicy access, EnterpriseImportQueue queue, TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed record ImportRow(Guid Id, int Year, string FileName, EnterpriseImportStatus Status, int Processed, int Total,
        int Created, int Updated, DateTimeOffset UploadedAt);

    [BindProperty] public int Year { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }

    public Park Park { get; private set; } = null!;

    /// <summary>The reporting year offered by default: the last full calendar year in Viet Nam.</summary>
    private int LastYear => VietnamTime.Today(clock).Year - 1;
    public IReadOnlyList<ImportRow> Imports { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid parkId, CancellationToken ct)
    {
        if (!await LoadAsync(parkId, ct))
            return NotFound();
        Year = LastYear;
        return Page();
    }

    public async Task<IActionResult> OnGetTemplateAsync(Guid parkId, string format, CancellationToken ct)
    {
        if (!await LoadAsync(parkId, ct))
            return NotFound();
        var language = CriteriaText.CurrentLanguage;
        var rows = await db.Enterprises.Where(e => e.ParkId == parkId).OrderBy(e => e.Name)
            .Select(e => new string?[] { e.TaxCode, e.Name, e.Sector }).ToListAsync(ct);
        var name = (language == Language.English ? "enterprise-data-" : "du-lieu-doanh-nghiep-") + LastYear;
        if (format == "csv")
            return File(ImportTemplate.Csv(language, rows), "text/csv; charset=utf-8", name + ".csv");
        var instructions = ImportColumn.All.Select(c => $"{c.Header(language)}: {l[Explanation(c.Kind)]}")
            .Prepend(l["Mỗi dòng là một doanh nghiệp của khu công nghiệp. Ô để trống nghĩa là chưa báo cáo."].Value)
            .Prepend(l["Số liệu là của cả năm báo cáo chọn khi tải lên. Số thập phân dùng dấu phẩy hoặc dấu chấm; không dùng dấu phân cách hàng nghìn."].Value)
            .ToList();
        return File(ImportTemplate.Xlsx(language, rows, instructions),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
    }

    public async Task<IActionResult> OnPostAsync(Guid parkId, CancellationToken ct)
    {
        if (!await LoadAsync(parkId, ct))
            return NotFound();
        var content = await ReadUploadAsync(ct);
        if (content is null || !ModelState.IsValid)
            return Page();
        try
        {
            var import = new EnterpriseImport(parkId, Year, Upload!.FileName, content.Value.Format, content.Value.Bytes,
                access.User.UserId, clock.GetUtcNow());
            db.EnterpriseImports.Add(import);
            await db.SaveChangesAsync(ct);
            queue.Enqueue(import.Id);
            return Redirect($"/Parks/{parkId}/Import/{import.Id}");
        }
        catch (DomainException error)
        {
            ModelState.AddModelError(error.Code == "EnterpriseFacts.YearOutOfRange" ? nameof(Year) : nameof(Upload), l[error.Message]);
            return Page();
        }
    }

    private async Task<(ImportFormat Format, byte[] Bytes)?> ReadUploadAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), l["Vui lòng chọn tệp .xlsx hoặc .csv."]);
            return null;
        }
        if (Upload.Length > EnterpriseImport.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), l["Tệp vượt quá 10 MB."]);
            return null;
        }
        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        var extension = Path.GetExtension(Upload.FileName).ToLowerInvariant();
        var isZip = bytes.Length > 4 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K' && bytes[2] == 3 && bytes[3] == 4;
        if (extension == ".xlsx" && isZip)
            return (ImportFormat.Xlsx, bytes);
        if (extension == ".csv" && !isZip && !bytes.Contains((byte)0))
            return (ImportFormat.Csv, bytes);
        ModelState.AddModelError(nameof(Upload), l["Chỉ nhận tệp Excel .xlsx hoặc .csv theo mẫu; tệp này không đúng định dạng."]);
        return null;
    }

    private async Task<bool> LoadAsync(Guid parkId, CancellationToken ct)
    {
        var park = await access.ParksAcceptingEnterprises(db.Parks).SingleOrDefaultAsync(p => p.Id == parkId, ct);
        if (park is null)
            return false;
        Park = park;
        Imports = await db.EnterpriseImports.Where(i => i.ParkId == parkId).OrderByDescending(i => i.UploadedAt).Take(20)
            .Select(i => new ImportRow(i.Id, i.Year, i.FileName, i.Status, i.ProcessedRows, i.TotalRows, i.CreatedEnterprises,
                i.UpdatedEnterprises, i.UploadedAt))
            .ToListAsync(ct);
        return true;
    }

    private static string Explanation(ImportValueKind kind) => kind switch
    {
        ImportValueKind.TaxCode => "bắt buộc; 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số; doanh nghiệp đã có được cập nhật theo mã số thuế",
        ImportValueKind.Text => "chữ",
        ImportValueKind.WholeNumber => "số nguyên không âm",
        ImportValueKind.Decimal => "số không âm của cả năm",
        ImportValueKind.YesNo => "\"có\" hoặc \"không\"",
        ImportValueKind.IsoList => "các số hiệu cách nhau bởi dấu chấm phẩy, ví dụ \"9001; 14001\"; \"không có\" nếu không có hệ thống nào",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
