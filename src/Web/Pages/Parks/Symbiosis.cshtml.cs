using Certification.Criteria.Inputs;
using Certification.Web.Data;
using Certification.Web.Domain;
using Certification.Web.Domain.Parks;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Evidence;
using Certification.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Link = Certification.Web.Domain.Assessment.SymbiosisLink;

namespace Certification.Web.Pages.Parks;

/// <summary>
/// A park's symbiosis registry: every link with its partner, type (a–e), period and agreement; the developer adds links
/// and ends them (the end date is the first day the link no longer operates).
/// </summary>
public sealed class SymbiosisModel(CertificationDbContext db, AccessPolicy access, EvidenceIntake intake, IStringLocalizer<SharedResource> l)
    : PageModel
{
    private static readonly Dictionary<string, string> FieldOfRule = new()
    {
        ["Symbiosis.PartnerRequired"] = "Input.PartnerEnterpriseId", ["Symbiosis.PartnerOutsidePark"] = "Input.PartnerEnterpriseId",
        ["Symbiosis.PartnerIsEnterprise"] = "Input.PartnerEnterpriseId", ["Symbiosis.PartnerNameRequired"] = "Input.PartnerName",
        ["Symbiosis.DescriptionRequired"] = "Input.Description", ["Symbiosis.EnterpriseOutsidePark"] = "Input.EnterpriseId",
        ["Symbiosis.AgreementOfOtherOrganisation"] = "Input.AgreementFileId", ["Symbiosis.EndBeforeStart"] = "EndDate",
        ["Symbiosis.AlreadyEnded"] = "EndDate",
    };

    [BindProperty] public SymbiosisInput Input { get; set; } = new();
    [BindProperty] public Guid? LinkId { get; set; }
    [BindProperty] public DateOnly? EndDate { get; set; }
    [TempData] public string? Notice { get; set; }

    public Park Park { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public IReadOnlyList<Link> Links { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> EnterpriseNames { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlyDictionary<Guid, string> Files { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync(Guid parkId, CancellationToken ct) => await LoadAsync(parkId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(Guid parkId, CancellationToken ct)
    {
        if (!await LoadAsync(parkId, ct))
            return NotFound();
        if (!CanEdit)
            return StatusCode(StatusCodes.Status403Forbidden);
        var enterprise = await db.Enterprises.SingleOrDefaultAsync(e => e.Id == Input.EnterpriseId && e.ParkId == parkId, ct);
        var partner = await db.Enterprises.SingleOrDefaultAsync(e => e.Id == Input.PartnerEnterpriseId, ct);
        var agreement = await db.EvidenceFiles.SingleOrDefaultAsync(f => f.Id == Input.AgreementFileId, ct);
        if (enterprise is null)
            ModelState.AddModelError("Input.EnterpriseId", l["Vui lòng chọn {0}.", l["Doanh nghiệp trong KCN"]]);
        if (!Enum.TryParse<PartnerLocation>(Input.PartnerLocation, out var location) || !Enum.IsDefined(location))
            ModelState.AddModelError("Input.PartnerLocation", l["Vui lòng chọn {0}.", l["Vị trí đối tác"]]);
        if (!Enum.TryParse<SymbiosisType>(Input.Type, out var type) || !Enum.IsDefined(type))
            ModelState.AddModelError("Input.Type", l["Vui lòng chọn {0}.", l["Loại cộng sinh"]]);
        if (Input.StartDate is null && ModelState.GetFieldValidationState("Input.StartDate") != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
            ModelState.AddModelError("Input.StartDate", l["Vui lòng nhập {0}.", l["Ngày bắt đầu"]]);
        if (Input.AgreementFileId is not null && agreement is null)
            ModelState.AddModelError("Input.AgreementFileId", l["Vui lòng chọn {0}.", l["Tệp thỏa thuận"]]);
        if (!ModelState.IsValid)
            return Page();
        return await ChangeAsync(async () =>
        {
            if (Input.Upload is { Length: > 0 } upload)
            {
                await using var content = upload.OpenReadStream();
                agreement = await intake.AcceptAsync(content, upload.FileName, ct);
            }
            db.SymbiosisLinks.Add(new Link(Park, enterprise!, partner, Input.PartnerName, type, location, Input.Description ?? "",
                Input.StartDate!.Value, agreement));
        }, "Input.Upload", parkId, ct);
    }

    public async Task<IActionResult> OnPostEndAsync(Guid parkId, CancellationToken ct)
    {
        if (!await LoadAsync(parkId, ct))
            return NotFound();
        if (!CanEdit)
            return StatusCode(StatusCodes.Status403Forbidden);
        var link = await db.SymbiosisLinks.SingleOrDefaultAsync(k => k.Id == LinkId && k.ParkId == parkId, ct);
        if (link is null)
            return NotFound();
        if (EndDate is null)
        {
            ModelState.AddModelError("EndDate", l["Vui lòng nhập {0}.", l["Ngày kết thúc"]]);
            return Page();
        }
        return await ChangeAsync(() => { link.End(EndDate.Value); return Task.CompletedTask; }, "EndDate", parkId, ct);
    }

    private async Task<IActionResult> ChangeAsync(Func<Task> change, string fallbackField, Guid parkId, CancellationToken ct)
    {
        try
        {
            await change();
        }
        catch (DomainException refused)
        {
            ModelState.AddModelError(FieldOfRule.GetValueOrDefault(refused.Code, fallbackField), l[refused.Message]);
            return Page();
        }
        await db.SaveChangesAsync(ct);
        Notice = "saved";
        return Redirect($"/Parks/{parkId}/Symbiosis");
    }

    private async Task<bool> LoadAsync(Guid parkId, CancellationToken ct)
    {
        if (await access.AssessableParks(db.Parks).SingleOrDefaultAsync(p => p.Id == parkId, ct) is not { } park)
            return false;
        Park = park;
        CanEdit = await access.ParksWithEditableAssessment(db.Parks).AnyAsync(p => p.Id == parkId, ct);
        Links = await db.SymbiosisLinks.AsNoTracking().Where(k => k.ParkId == parkId).OrderBy(k => k.StartDate).ToListAsync(ct);
        EnterpriseNames = await db.Enterprises.AsNoTracking().Where(e => e.ParkId == parkId).ToDictionaryAsync(e => e.Id, e => e.Name, ct);
        var linked = Links.Where(k => k.AgreementFileId != null).Select(k => k.AgreementFileId!.Value).ToList();
        Files = await db.EvidenceFiles.AsNoTracking()
            .Where(f => f.OwnerOrganisationId == park.InvestorOrganisationId || linked.Contains(f.Id))
            .ToDictionaryAsync(f => f.Id, f => f.OriginalName, ct);
        return true;
    }

    /// <summary>A POST without a handler name would render the page without data; it is not found instead.</summary>
    public override void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null)
            context.Result = NotFound();
    }
}
