using System.Text.RegularExpressions;
using Certification.Criteria.Wording;

namespace Certification.Web.Pages.Criteria;

/// <summary>
/// The evidence types and legal references of an indicator set in the reader's language. A set stores its evidence
/// types as codes and its legal references in English (the JSON format has one text for them); pages show Vietnamese
/// words for the codes of the national sets and write the citations the Vietnamese way ("khoản 1 Điều 37 Nghị định
/// 35/2022/NĐ-CP"). A code or an explanation of a set uploaded later that is not known here is shown as stored.
/// </summary>
public sealed partial class CriteriaText
{
    /// <summary>The national sets' evidence types; each Vietnamese name has its English in CriteriaText.en.resx.</summary>
    public static readonly IReadOnlyDictionary<string, string> EvidenceTypeNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["annual-public-report"] = "Báo cáo công khai thông tin hằng năm",
        ["anti-harassment-rules"] = "Quy định chống quấy rối và phân biệt đối xử",
        ["climate-plan"] = "Kế hoạch ứng phó với biến đổi khí hậu",
        ["community-dialogue-budget"] = "Kinh phí đối thoại với cộng đồng",
        ["disclosure-record"] = "Hồ sơ công khai thông tin",
        ["economic-cooperation-plan"] = "Kế hoạch hợp tác kinh tế",
        ["eip-certificate"] = "Giấy chứng nhận khu công nghiệp sinh thái",
        ["eip-establishment-plan"] = "Phương án thành lập khu công nghiệp sinh thái",
        ["financial-statement"] = "Báo cáo tài chính",
        ["gender-equality-policy"] = "Chính sách bình đẳng giới",
        ["ghg-programme"] = "Chương trình giảm phát thải khí nhà kính",
        ["grievance-procedure"] = "Quy trình giải quyết khiếu nại",
        ["infrastructure-service-list"] = "Danh mục dịch vụ hạ tầng",
        ["input-output-monitoring-description"] = "Mô tả cơ chế giám sát đầu vào, đầu ra",
        ["iso-certificate"] = "Chứng chỉ ISO",
        ["legal-compliance-confirmation"] = "Xác nhận tuân thủ pháp luật",
        ["local-labour-policy"] = "Chính sách sử dụng lao động địa phương",
        ["local-supplier-policy"] = "Chính sách ưu tiên nhà cung cấp địa phương",
        ["promotion-record"] = "Hồ sơ hoạt động truyền thông, quảng bá",
        ["recp-assessment-report"] = "Báo cáo đánh giá sản xuất sạch hơn (RECP)",
        ["risk-framework"] = "Khung quản lý rủi ro",
        ["sme-supplier-record"] = "Hồ sơ nhà cung cấp là doanh nghiệp nhỏ và vừa",
        ["social-infrastructure-report"] = "Báo cáo về hạ tầng xã hội",
        ["staff-assignment-decision"] = "Quyết định phân công cán bộ phụ trách",
        ["symbiosis-agreement"] = "Thỏa thuận cộng sinh công nghiệp",
        ["unit-assignment-decision"] = "Quyết định giao đơn vị phụ trách",
        ["wastewater-monitoring-report"] = "Báo cáo quan trắc nước thải",
        ["wastewater-treatment-permit"] = "Giấy phép môi trường về xử lý nước thải",
    };

    // The explanations the national sets add in brackets after a citation.
    private static readonly IReadOnlyDictionary<string, string> Explanations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["(criteria on the infrastructure investor)"] = "(tiêu chí đối với chủ đầu tư hạ tầng)",
        ["(basic services of the park)"] = "(dịch vụ cơ bản của khu công nghiệp)",
        ["(at least 1 symbiosis)"] = "(ít nhất 1 liên kết cộng sinh)",
        ["(at least 20 % of enterprises apply RECP)"] = "(ít nhất 20 % doanh nghiệp áp dụng RECP)",
        ["(input/output monitoring mechanism)"] = "(cơ chế giám sát đầu vào, đầu ra)",
        ["(reported; no threshold by default, design default)"] = "(chỉ báo cáo; mặc định không có ngưỡng — mặc định của thiết kế)",
    };

    public string EvidenceType(string code) => EvidenceTypeNames.TryGetValue(code, out var vietnamese) ? text[vietnamese] : code;

    public string EvidenceTypes(IEnumerable<string> codes) => string.Join("; ", codes.Select(EvidenceType));

    /// <summary>A set's legal basis or an indicator's legal reference in the current request's language.</summary>
    public string Legal(string stored) => LegalText(stored, CurrentLanguage);

    /// <summary>A set's legal basis or an indicator's legal reference: as stored in English, Vietnamese otherwise.</summary>
    public static string LegalText(string stored, Language language)
    {
        if (language == Language.English)
            return stored;
        var text = Explanations.Aggregate(stored, (current, pair) => current.Replace(pair.Key, pair.Value, StringComparison.Ordinal));
        // "Decree 35/2022/NĐ-CP Art 37.1, 38" → "khoản 1 Điều 37, Điều 38 Nghị định 35/2022/NĐ-CP": Vietnamese names the
        // article before the act it belongs to.
        text = Citation().Replace(text, match =>
        {
            var act = match.Groups["act"].Value == "Decree" ? "Nghị định" : "Thông tư";
            var articles = match.Groups["articles"].Success
                ? string.Join(", ", match.Groups["articles"].Value.Split(", ").Select(Article)) + " "
                : "";
            var forms = match.Groups["forms"].Success ? ", mẫu " + match.Groups["forms"].Value.Replace(" and ", " và ", StringComparison.Ordinal) : "";
            return $"{articles}{act} {match.Groups["number"].Value}{forms}";
        });
        return text;
    }

    private static string Article(string article) =>
        article.Split('.') is [var number, var clause] ? $"khoản {clause} Điều {number}" : $"Điều {article}";

    [GeneratedRegex(@"(?<act>Decree|Circular) (?<number>\S+)(?: Art (?<articles>\d+(?:\.\d+)?(?:, \d+(?:\.\d+)?)*))?(?:,? forms? (?<forms>[AB]\.\d+(?: and [AB]\.\d+)?))?")]
    private static partial Regex Citation();
}
