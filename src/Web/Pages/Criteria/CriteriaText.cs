using System.Globalization;
using Certification.Criteria.Evaluation;
using Certification.Criteria.Indicators;
using Certification.Criteria.Inputs;
using Certification.Criteria.Loading;
using Certification.Criteria.Wording;
using Microsoft.Extensions.Localization;

namespace Certification.Web.Pages.Criteria;

/// <summary>
/// Words for the criteria vocabularies on pages: Vietnamese is the key (the static methods), English is in
/// Resources/Pages/Criteria/CriteriaText.en.resx. If you add a value to one of these enums in Criteria, add its words
/// here and its English there; CriteriaTextTests fails otherwise.
/// </summary>
public sealed partial class CriteriaText(IStringLocalizer<CriteriaText> text)
{
    /// <summary>The engine language of the current request's culture.</summary>
    public static Language CurrentLanguage => LanguageCode.FromCulture(CultureInfo.CurrentUICulture);

    public string this[string vietnamese] => text[vietnamese];

    public string Outcome(IndicatorOutcome outcome) => text[Vietnamese(outcome)];
    public string Group(IndicatorGroup group) => text[Vietnamese(group)];
    public string Kind(IndicatorKind kind) => text[Vietnamese(kind)];
    public string Applicability(Applicability applicability) => text[Vietnamese(applicability)];
    public string ReviewingBody(ReviewingBody body) => $"{text[Vietnamese(body)]} ({IndicatorVocabulary.NameOf(body)})";
    public string Provenance(Provenance provenance) => text[Vietnamese(provenance)];
    public string SymbiosisType(SymbiosisType type) => text[Vietnamese(type)];
    public string PartnerLocation(PartnerLocation location) => text[Vietnamese(location)];
    public string Iso(IsoStandard standard) => text[Vietnamese(standard)];
    public string Problem(ValidationProblemKind kind) => text[ProblemWording.Vietnamese(kind)];

    /// <summary>The pass condition in words, e.g. "ít nhất 20 %" / "at least 20 %", "Trả lời Có" for yes/no.</summary>
    public string Threshold(Indicator indicator)
    {
        if (indicator.Threshold is not { } threshold)
            return indicator.Kind switch
            {
                IndicatorKind.YesNo => text["Trả lời Có"],
                IndicatorKind.Attribute => text["Doanh nghiệp đáp ứng"],
                _ => text["Chỉ cần báo cáo số liệu"],
            };
        var unit = indicator.Kind switch
        {
            IndicatorKind.Ratio or IndicatorKind.QuantityRatio => " %",
            IndicatorKind.Count => " " + text["liên kết cộng sinh"],
            _ => indicator.Unit is { } u ? " " + u : "",
        };
        return $"{text[Vietnamese(threshold.Operator)]} {threshold.Value.ToString("0.##", CultureInfo.CurrentCulture)}{unit}";
    }

    public static string Vietnamese(IndicatorOutcome outcome) => outcome switch
    {
        IndicatorOutcome.Met => "Đạt",
        IndicatorOutcome.NotMet => "Không đạt",
        IndicatorOutcome.NotReported => "Chưa báo cáo",
        _ => "Không áp dụng",
    };

    /// <summary>The CSS class of an outcome badge; the badge always carries the outcome in words too.</summary>
    public static string CssClass(IndicatorOutcome outcome) => outcome switch
    {
        IndicatorOutcome.Met => "outcome met",
        IndicatorOutcome.NotMet => "outcome not-met",
        IndicatorOutcome.NotReported => "outcome not-reported",
        _ => "outcome not-applicable",
    };

    public static string Vietnamese(IndicatorGroup group) => group switch
    {
        IndicatorGroup.LegalBasis => "Cơ sở pháp lý",
        IndicatorGroup.Infrastructure => "Hạ tầng và dịch vụ",
        IndicatorGroup.ParkManagement => "Quản lý khu công nghiệp",
        IndicatorGroup.Environment => "Môi trường",
        IndicatorGroup.Social => "Xã hội",
        IndicatorGroup.Economic => "Kinh tế",
        _ => group.ToString(),
    };

    public static string Vietnamese(IndicatorKind kind) => kind switch
    {
        IndicatorKind.YesNo => "Có/Không",
        IndicatorKind.Count => "Số liên kết cộng sinh",
        IndicatorKind.Ratio => "Tỷ lệ doanh nghiệp",
        IndicatorKind.QuantityRatio => "Tỷ lệ khối lượng",
        IndicatorKind.Number => "Số liệu",
        IndicatorKind.Attribute => "Đặc điểm của doanh nghiệp",
        _ => kind.ToString(),
    };

    public static string Vietnamese(Applicability applicability) => applicability switch
    {
        Certification.Criteria.Indicators.Applicability.Always => "Mọi đối tượng",
        Certification.Criteria.Indicators.Applicability.NewlyEstablishedParkOnly => "Chỉ KCN thành lập mới",
        _ => "Chỉ KCN hiện hữu",
    };

    public static string Vietnamese(ReviewingBody body) => body switch
    {
        Certification.Criteria.Indicators.ReviewingBody.MinistryOfFinance => "Bộ Tài chính",
        Certification.Criteria.Indicators.ReviewingBody.MinistryOfAgricultureAndEnvironment => "Bộ Nông nghiệp và Môi trường",
        Certification.Criteria.Indicators.ReviewingBody.MinistryOfScienceAndTechnology => "Bộ Khoa học và Công nghệ",
        Certification.Criteria.Indicators.ReviewingBody.MinistryOfIndustryAndTrade => "Bộ Công Thương",
        Certification.Criteria.Indicators.ReviewingBody.MinistryOfConstruction => "Bộ Xây dựng",
        Certification.Criteria.Indicators.ReviewingBody.DepartmentOfFinance => "Sở Tài chính",
        Certification.Criteria.Indicators.ReviewingBody.DepartmentOfAgricultureAndEnvironment => "Sở Nông nghiệp và Môi trường",
        Certification.Criteria.Indicators.ReviewingBody.DepartmentOfScienceAndTechnology => "Sở Khoa học và Công nghệ",
        Certification.Criteria.Indicators.ReviewingBody.DepartmentOfIndustryAndTrade => "Sở Công Thương",
        _ => "Sở Xây dựng",
    };

    public static string Vietnamese(Provenance provenance) => provenance switch
    {
        Certification.Criteria.Indicators.Provenance.Law => "[L] Quy định trong văn bản pháp luật",
        Certification.Criteria.Indicators.Provenance.Form => "[F] Lấy từ biểu mẫu báo cáo của Thông tư 05/2025",
        _ => "[D] Giá trị mặc định do thiết kế, khi pháp luật chưa quy định; quản trị viên có thể thay đổi",
    };

    public static string Vietnamese(ComparisonOperator op) => op switch
    {
        ComparisonOperator.AtLeast => "ít nhất",
        ComparisonOperator.MoreThan => "trên",
        ComparisonOperator.AtMost => "tối đa",
        ComparisonOperator.LessThan => "dưới",
        _ => "đúng bằng",
    };

    public static string Vietnamese(SymbiosisType type) => type switch
    {
        Certification.Criteria.Inputs.SymbiosisType.InputOutputExchange => "(a) Trao đổi đầu vào, đầu ra giữa các doanh nghiệp",
        Certification.Criteria.Inputs.SymbiosisType.SharedInfrastructure => "(b) Dùng chung hạ tầng sản xuất",
        Certification.Criteria.Inputs.SymbiosisType.SharedServices => "(c) Dùng chung dịch vụ sản xuất, kinh doanh",
        Certification.Criteria.Inputs.SymbiosisType.OtherParkCooperation => "(d) Hợp tác với doanh nghiệp ở KCN khác",
        _ => "(e) Hình thức cộng sinh khác",
    };

    public static string Vietnamese(PartnerLocation location) => location switch
    {
        Certification.Criteria.Inputs.PartnerLocation.SamePark => "Cùng khu công nghiệp",
        Certification.Criteria.Inputs.PartnerLocation.OtherPark => "Khu công nghiệp khác",
        _ => "Đô thị lân cận",
    };

    public static string Vietnamese(IsoStandard standard) => standard switch
    {
        IsoStandard.Iso9001 => "ISO 9001 (quản lý chất lượng)",
        IsoStandard.Iso14001 => "ISO 14001 (quản lý môi trường)",
        IsoStandard.Iso45001 => "ISO 45001 (an toàn, sức khỏe nghề nghiệp)",
        IsoStandard.Iso50001 => "ISO 50001 (quản lý năng lượng)",
        _ => "Tiêu chuẩn ISO khác",
    };
}
