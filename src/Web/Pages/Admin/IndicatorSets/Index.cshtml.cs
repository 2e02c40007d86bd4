using System.Text;
using Certification.Criteria.Loading;
using Certification.Criteria.Sets;
using Certification.Web.Domain.Assessment;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Assessment;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Pages.Criteria;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Certification.Web.Resources;

namespace Certification.Web.Pages.Admin.IndicatorSets;

/// <summary>
/// Every stored indicator-set version, the upload of a new one (validated: a bad file is listed problem by problem and
/// nothing is stored; a good one becomes a draft to review), and downloads of each version's JSON and of the schema.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class IndexModel(IndicatorSetVersions sets, CurrentUser user, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>Indicator-set files are a few hundred kilobytes; anything far larger is not one.</summary>
    public const int MaxUploadBytes = 2 * 1024 * 1024;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<IndicatorSetVersion> Versions { get; private set; } = [];

    /// <summary>The version's title in the reader's language (the row keeps only the Vietnamese one).</summary>
    public string TitleOf(IndicatorSetVersion version) => sets.Parse(version).Title.In(CriteriaText.CurrentLanguage);
    public IReadOnlyList<ValidationProblem> Problems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Versions = await sets.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Versions = await sets.ListAsync(cancellationToken);
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), l["Chưa chọn tệp."]);
            return Page();
        }
        var fileName = Path.GetFileName(Upload.FileName);
        if (Upload.Length > MaxUploadBytes)
        {
            Problems = [new ValidationProblem(fileName, "$", null, ValidationProblemKind.MalformedJson, $"The file is larger than {MaxUploadBytes / 1024} KB.")];
            return Page();
        }
        string json;
        using (var reader = new StreamReader(Upload.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: false)))
            json = await reader.ReadToEndAsync(cancellationToken);
        var upload = await sets.UploadDraftAsync(fileName, json, user.UserId, cancellationToken);
        if (!upload.Succeeded)
        {
            Problems = upload.Problems;
            return Page();
        }
        return Redirect($"/Admin/IndicatorSets/Review?id={upload.Draft!.Id}");
    }

    /// <summary>One version's JSON as stored.</summary>
    public async Task<IActionResult> OnGetJsonAsync(Guid id, CancellationToken cancellationToken) =>
        await sets.FindAsync(id, cancellationToken) is { } version
            ? File(Encoding.UTF8.GetBytes(version.Json), "application/json", $"{version.SetId}-v{version.Version}.json")
            : NotFound();

    /// <summary>The JSON Schema of the format, for checking files before upload.</summary>
    public IActionResult OnGetSchema() =>
        File(Encoding.UTF8.GetBytes(IndicatorSetSchema.Json), "application/schema+json", IndicatorSetSchema.FileName);
}
