using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Dashboard;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Pages.Criteria;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Certification.Web.Pages.Dashboard;

/// <summary>
/// /Dashboard/Export?what=pipeline|indicators&amp;format=xlsx|csv: the pipeline or the province indicator table of the
/// dashboard as a file for the yearly report (due before 10 December), headers in the reader's language. Anything else
/// in "what" or "format" is answered 400 with the accepted values.
/// </summary>
[Authorize(Roles = $"{Roles.Board},{Roles.Committee},{Roles.Administrator}")]
public sealed class ExportModel(DashboardReader reader, AccessPolicy access, IOptions<TargetOptions> targets, DashboardText text) : PageModel
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Read-only: a POST has nothing to do here (without this, Razor Pages would render the page with no figures).</summary>
    public IActionResult OnPost() => NotFound();

    public async Task<IActionResult> OnGetAsync(string? what, string? format, CancellationToken cancellationToken)
    {
        if (what is not ("pipeline" or "indicators") || format is not ("xlsx" or "csv"))
            return BadRequest(text["Tham số không hợp lệ: what phải là pipeline hoặc indicators, format phải là xlsx hoặc csv."]);
        if (await reader.ReadAsync(access, CriteriaText.CurrentLanguage, cancellationToken) is not { } figures)
            return Forbid();
        var (sheet, (headers, rows)) = what == "pipeline"
            ? (text["Tiến độ chứng nhận"], DashboardTables.Pipeline(figures, text))
            : (text["Chỉ số của tỉnh"], DashboardTables.Indicators(figures, targets.Value, text));
        var name = $"{(what == "pipeline" ? "tien-do-chung-nhan" : "chi-so-tinh")}-{figures.Today:yyyy-MM-dd}.{format}";
        return format == "csv"
            ? File(TableExport.Csv(headers, rows), "text/csv; charset=utf-8", name)
            : File(TableExport.Xlsx(sheet, headers, rows), XlsxType, name);
    }
}
