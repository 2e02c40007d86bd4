using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Certification.Web.Data;
using Certification.Web.Infrastructure.Audit;
using Certification.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Pages.Admin;

/// <summary>Checks the whole audit hash chain on every visit and pages through the entries, newest first.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class AuditModel(CertificationDbContext db, AuditChainVerifier verifier, Certification.Web.Infrastructure.Access.AccessPolicy access) : PageModel
{
    public const int PageSize = 50;

    public AuditChainReport Report { get; private set; } = new(0, null, null);
    public IReadOnlyList<EntryRow> Entries { get; private set; } = [];
    public long TotalEntries { get; private set; }
    public int PageCount => (int)Math.Max(1, (TotalEntries + PageSize - 1) / PageSize);

    /// <summary>1-based; page 1 holds the newest entries. ("page" itself is reserved by Razor Pages routing.)</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public sealed record EntryRow(long Sequence, DateTimeOffset At, string ActorName, string Action, string EntityType, string EntityId, string? Before, string? After);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Report = await verifier.VerifyAsync(cancellationToken);
        var visible = access.VisibleAuditEntries(db.AuditEntries, db.Users, db.Organisations);
        TotalEntries = await visible.LongCountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Entries = await visible.AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(e => new EntryRow(e.Sequence, e.At, e.ActorName, e.Action, e.EntityType, e.EntityId, e.Before, e.After))
            .ToListAsync(cancellationToken);
    }

    private static readonly JsonSerializerOptions ReadableJson = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
    };

    /// <summary>
    /// The stored JSON with Vietnamese letters shown as letters, not \u escapes. A value that is not JSON
    /// (a tampered row, for instance) is shown exactly as stored.
    /// </summary>
    public static string? Readable(string? json)
    {
        if (json is null)
            return null;
        try
        {
            return JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement, ReadableJson);
        }
        catch (JsonException)
        {
            return json;
        }
    }

    /// <summary>Vietnamese key for the verifier's reason code; the view localises it.</summary>
    public static string ReasonText(string? reason) => reason switch
    {
        "missing" => "dòng này đã bị xóa",
        "link" => "liên kết với dòng trước không khớp (dòng bị chèn, thay thế hoặc dòng trước đã bị sửa)",
        "content" => "nội dung dòng đã bị sửa",
        _ => reason ?? "",
    };

    public static string ActionText(string action) => action switch
    {
        "Added" => "Thêm",
        "Modified" => "Sửa",
        "Deleted" => "Xóa",
        _ => action,
    };
}
