using System.Globalization;
using Certification.Criteria.Indicators;

namespace Certification.Web.Pages.Criteria;

/// <summary>What an indicator measures, in words, e.g. "Tỷ lệ doanh nghiệp có quy trình giải quyết khiếu nại, trong số doanh nghiệp có trên 100 lao động".</summary>
public sealed partial class CriteriaText
{
    public string Measure(Indicator indicator)
    {
        var population = indicator.Population is { } filter
            ? text["trong số doanh nghiệp có số lao động {0} {1}", text[Vietnamese(filter.Operator)], filter.Value.ToString(CultureInfo.CurrentCulture)].Value
            : null;
        var measure = indicator.Kind switch
        {
            IndicatorKind.Ratio => text["Tỷ lệ doanh nghiệp: {0}", Attribute(indicator.Attribute!.Value)].Value,
            IndicatorKind.Attribute => text["Doanh nghiệp: {0}", Attribute(indicator.Attribute!.Value)].Value,
            IndicatorKind.Count => Links(indicator.SymbiosisFilter),
            IndicatorKind.QuantityRatio => text["Phần trên tổng lượng ({0}), tính theo %", indicator.Unit ?? ""].Value,
            IndicatorKind.Number => text["Số liệu báo cáo ({0})", indicator.Unit ?? ""].Value,
            _ => text["Câu trả lời Có hoặc Không"].Value,
        };
        return population is null ? measure : $"{measure}, {population}";
    }

    public string Attribute(EnterpriseAttribute attribute) => text[Vietnamese(attribute)];

    public static string Vietnamese(EnterpriseAttribute attribute) => attribute switch
    {
        EnterpriseAttribute.AppliesRecp => "áp dụng RECP",
        EnterpriseAttribute.AppliesRecpWithSavings => "áp dụng RECP có tiết kiệm đo được",
        EnterpriseAttribute.HoldsIsoSystem => "áp dụng hệ thống quản lý theo tiêu chuẩn ISO",
        EnterpriseAttribute.HoldsIso14001 => "áp dụng ISO 14001",
        EnterpriseAttribute.HoldsIso50001 => "áp dụng ISO 50001",
        EnterpriseAttribute.HasGrievanceProcedure => "có quy trình giải quyết khiếu nại của người lao động",
        EnterpriseAttribute.DisclosesInformation => "công khai thông tin",
        EnterpriseAttribute.AppliesGenderEquality => "thực hiện bình đẳng giới",
        _ => "có quy định chống quấy rối và phân biệt đối xử",
    };

    private string Links(SymbiosisFilter? filter)
    {
        var words = text["Số liên kết cộng sinh đang hoạt động vào ngày đánh giá"].Value;
        if (filter is null || filter.IsAny)
            return words;
        var parts = filter.PartnerLocations.Select(PartnerLocation).Concat(filter.Types.Select(SymbiosisType));
        return $"{words} ({string.Join("; ", parts)})";
    }
}
