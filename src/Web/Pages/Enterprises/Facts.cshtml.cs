using Certification.Web.Data;
using Certification.Web.Domain;
using Certification.Web.Domain.Assessment;
using Certification.Web.Domain.Enterprises;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Certification.Web.Pages.Enterprises;

/// <summary>
/// An enterprise's reported facts for one calendar year (form B.5): RECP savings per resource, ISO systems, social
/// practices, workforce. Edited by the enterprise's own users or the developer of its park; read by the province.
/// Park evaluations read the year before the evaluation date.
/// </summary>
public sealed class FactsModel(CertificationDbContext db, AccessPolicy access, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    private static readonly Dictionary<string, string> FieldOfRule = new()
    {
        ["EnterpriseFacts.WorkforceNegative"] = "Input.Workforce", ["EnterpriseFacts.YearOutOfRange"] = "Year",
    };

    [BindProperty] public FactsInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [TempData] public string? Notice { get; set; }

    public Enterprise Enterprise { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public IReadOnlyList<int> ReportedYears { get; private set; } = [];
    public int ShownYear => Year ?? clock.GetLocalNow().Year - 1;

    public async Task<IActionResult> OnGetAsync(Guid enterpriseId, CancellationToken ct)
    {
        if (!await LoadAsync(enterpriseId, ct))
            return NotFound();
        var stored = await db.EnterpriseFacts.AsNoTracking().SingleOrDefaultAsync(f => f.EnterpriseId == enterpriseId && f.Year == ShownYear, ct);
        Input = FactsInput.From(stored?.ToReported() ?? new ReportedFacts());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid enterpriseId, CancellationToken ct)
    {
        if (!await LoadAsync(enterpriseId, ct))
            return NotFound();
        if (!CanEdit)
            return StatusCode(StatusCodes.Status403Forbidden);
        var facts = Input.Read((field, typed) => ModelState.AddModelError($"Input.{field}",
            l["Giá trị '{0}' không phải là số (dùng dấu phẩy hoặc dấu chấm cho phần thập phân, không dùng dấu phân cách hàng nghìn).", typed ?? ""]));
        foreach (var field in Input.NegativeFields())
            ModelState.AddModelError($"Input.{field}", field == nameof(FactsInput.Workforce) ? l["Số lao động không được âm."] : l["Lượng tiết kiệm không được âm."]);
        if (!ModelState.IsValid || facts is null)
            return Page();
        try
        {
            var row = await db.EnterpriseFacts.SingleOrDefaultAsync(f => f.EnterpriseId == enterpriseId && f.Year == ShownYear, ct);
            if (row is null)
                db.EnterpriseFacts.Add(row = new EnterpriseFacts(enterpriseId, ShownYear));
            row.Report(facts, access.User.UserId, clock.GetUtcNow());
        }
        catch (DomainException refused)
        {
            ModelState.AddModelError(FieldOfRule.GetValueOrDefault(refused.Code, string.Empty), l[refused.Message]);
            return Page();
        }
        await db.SaveChangesAsync(ct);
        Notice = "saved";
        return Redirect($"/Enterprises/{enterpriseId}/Facts?year={ShownYear}");
    }

    private async Task<bool> LoadAsync(Guid enterpriseId, CancellationToken ct)
    {
        if (await access.EnterprisesWithVisibleFacts(db.Enterprises, db.Parks).AsNoTracking().SingleOrDefaultAsync(e => e.Id == enterpriseId, ct) is not { } enterprise)
            return false;
        Enterprise = enterprise;
        CanEdit = await access.EnterprisesWithEditableFacts(db.Enterprises, db.Parks).AnyAsync(e => e.Id == enterpriseId, ct);
        ReportedYears = await db.EnterpriseFacts.Where(f => f.EnterpriseId == enterpriseId).Select(f => f.Year).OrderByDescending(y => y).ToListAsync(ct);
        return true;
    }
}
