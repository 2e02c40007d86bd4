using Certification.Web.Domain.Monitoring;
using Certification.Web.Pages.Criteria;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Certification.Web.Pages.Monitoring;

/// <summary>A yearly report as typed; areas are text so a bad value comes back as typed, with the field named.</summary>
public sealed class ReportInput
{
    public string? TotalHectares { get; set; }
    public string? IndustrialHectares { get; set; }
    public string? LeasedHectares { get; set; }
    public string? LegalCompliance { get; set; }

    /// <summary>"yes" or "no": the enterprise's declaration of compliance (LEGAL.1).</summary>
    public string? CompliedWithLaw { get; set; }
    public string? RecpResults { get; set; }
    public string? SymbiosisResults { get; set; }

    /// <summary>Evidence files of the filer to attach.</summary>
    public List<Guid> EvidenceFileIds { get; set; } = [];

    public static ReportInput From(AnnualReport report) => new()
    {
        TotalHectares = FormNumber.Show(report.TotalHectares),
        IndustrialHectares = FormNumber.Show(report.IndustrialHectares),
        LeasedHectares = FormNumber.Show(report.LeasedHectares),
        LegalCompliance = report.LegalCompliance,
        CompliedWithLaw = report.CompliedWithLaw switch { true => "yes", false => "no", null => null },
        RecpResults = report.RecpResults,
        SymbiosisResults = report.SymbiosisResults,
        EvidenceFileIds = report.Evidence.Select(e => e.EvidenceFileId).ToList(),
    };

    /// <summary>The content, or null with errors in <paramref name="errors"/> (messages are keys of the page's resources).</summary>
    public AnnualReportContent? Read(ReportSubject subject, ModelStateDictionary errors, Func<string, string> text)
    {
        decimal? Area(string field, string? typed)
        {
            if (FormNumber.TryRead(typed, out var value) && (value is not null || subject != ReportSubject.Park))
                return value;
            errors.AddModelError($"Input.{field}", text(value is null && FormNumber.TryRead(typed, out _)
                ? "Cần nhập diện tích (ha)." : "Diện tích phải là một số (ha), ví dụ 250,5."));
            return null;
        }
        var total = Area(nameof(TotalHectares), TotalHectares);
        var industrial = Area(nameof(IndustrialHectares), IndustrialHectares);
        var leased = Area(nameof(LeasedHectares), LeasedHectares);
        if (LegalCompliance is { Length: > 8000 } || RecpResults is { Length: > 8000 } || SymbiosisResults is { Length: > 8000 })
            errors.AddModelError(string.Empty, text("Mỗi phần báo cáo dài tối đa 8000 ký tự."));
        if (!errors.IsValid)
            return null;
        var land = subject == ReportSubject.Park ? new LandUse(total!.Value, industrial!.Value, leased!.Value) : null;
        bool? complied = CompliedWithLaw switch { "yes" => true, "no" => false, _ => null };
        return new AnnualReportContent(land, LegalCompliance ?? "", complied, RecpResults ?? "", SymbiosisResults ?? "");
    }
}
