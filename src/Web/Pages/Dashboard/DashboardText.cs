using Certification.Criteria.Evaluation;
using Certification.Criteria.Inputs;
using Certification.Web.Infrastructure.Dashboard;
using Certification.Web.Pages.Applications;
using Certification.Web.Pages.Criteria;
using Certification.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Certification.Web.Pages.Dashboard;

/// <summary>
/// Words of the dashboard that code writes (stage names, export headers): Vietnamese is the key, English is in
/// Resources/Pages/Dashboard/DashboardText.en.resx; DashboardTextTests fails when a word has no English. Step, status
/// and symbiosis-type names come from their own vocabularies.
/// </summary>
public sealed class DashboardText(IStringLocalizer<DashboardText> text, IStringLocalizer<SharedResource> shared, CriteriaText criteria)
{
    public string this[string vietnamese] => text[vietnamese];

    public string Stage(PipelineStage stage) => text[Vietnamese(stage)];
    public string Status(string? status) => status is null ? "" : shared[ProcessLabels.Status(status)];
    public string Step(string activityId) => shared[ProcessLabels.Step(activityId)];
    public string SymbiosisType(SymbiosisType type) => criteria.SymbiosisType(type);
    public string Outcome(IndicatorOutcome outcome) => criteria.Outcome(outcome);

    public static string Vietnamese(PipelineStage stage) => stage switch
    {
        PipelineStage.NotStarted => "Chưa bắt đầu",
        PipelineStage.SelfAssessing => "Đang tự đánh giá",
        PipelineStage.Submitted => "Đã nộp hồ sơ",
        PipelineStage.UnderReview => "Đang thẩm định",
        PipelineStage.WithCommittee => "Trình UBND tỉnh",
        PipelineStage.Certified => "Đã được chứng nhận",
        _ => stage.ToString(),
    };

    public static readonly IReadOnlyList<string> PipelineHeaders =
    [
        "Khu công nghiệp", "Giai đoạn", "Trạng thái hồ sơ", "Ngày nộp", "Ngày quyết định dự kiến", "Số giấy chứng nhận",
        "Tỷ lệ đáp ứng tiêu chí (%)", "Số tiêu chí bắt buộc chưa đạt", "Tiêu chí bắt buộc chưa đạt", "Bước quá hạn", "Dữ liệu minh họa",
    ];

    public static readonly IReadOnlyList<string> IndicatorHeaders =
    [
        "Năm", "Số doanh nghiệp trong KCN", "Doanh nghiệp áp dụng SXSH có kết quả", "Tỷ lệ áp dụng SXSH (%)", "Mục tiêu SXSH (%)",
        "Số KCN", "KCN được tiếp cận giải pháp tiết kiệm năng lượng", "Tỷ lệ KCN được tiếp cận (%)", "Mục tiêu tiếp cận (%)",
        "Tổng liên kết cộng sinh", "Điện tiết kiệm (kWh)", "Nước tiết kiệm (m³)", "CO₂ giảm (t)", "Tiền tiết kiệm (VND)",
    ];

    /// <summary>Other words code writes: sheet names, cell words, the symbiosis column prefix.</summary>
    public static readonly IReadOnlyList<string> Words =
    [
        "Tiến độ chứng nhận", "Chỉ số của tỉnh", "Có", "Cộng sinh", "quá hạn {0} ngày làm việc",
        "Tham số không hợp lệ: what phải là pipeline hoặc indicators, format phải là xlsx hoặc csv.",
    ];

    /// <summary>Every Vietnamese key above, for the test that checks each has English.</summary>
    public static IEnumerable<string> AllKeys =>
        Enum.GetValues<PipelineStage>().Select(Vietnamese).Concat(PipelineHeaders).Concat(IndicatorHeaders).Concat(Words);
}
