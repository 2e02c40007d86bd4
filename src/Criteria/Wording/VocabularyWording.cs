using Certification.Criteria.Indicators;
using Certification.Criteria.Inputs;

namespace Certification.Criteria.Wording;

/// <summary>
/// Words for the fixed vocabularies, Vietnamese first. English verbs come in a plural form ("apply", after
/// "enterprises must") and a singular form ("applies", after "the enterprise").
/// </summary>
internal static class VocabularyWording
{
    public static (string Vietnamese, string EnglishPlural, string EnglishSingular) Verb(EnterpriseAttribute attribute) => attribute switch
    {
        EnterpriseAttribute.AppliesRecp => ("áp dụng sản xuất sạch hơn và sử dụng hiệu quả tài nguyên (RECP)", "apply RECP", "applies RECP"),
        EnterpriseAttribute.AppliesRecpWithSavings => ("áp dụng RECP có tiết kiệm đo được", "apply RECP with measured savings", "applies RECP with measured savings"),
        EnterpriseAttribute.HoldsIsoSystem => ("áp dụng hệ thống quản lý theo tiêu chuẩn ISO", "run an ISO management system", "runs an ISO management system"),
        EnterpriseAttribute.HoldsIso14001 => ("áp dụng hệ thống quản lý môi trường ISO 14001", "run an ISO 14001 environmental management system", "runs an ISO 14001 environmental management system"),
        EnterpriseAttribute.HoldsIso50001 => ("áp dụng hệ thống quản lý năng lượng ISO 50001", "run an ISO 50001 energy management system", "runs an ISO 50001 energy management system"),
        EnterpriseAttribute.HasGrievanceProcedure => ("có quy trình giải quyết khiếu nại của người lao động", "have a worker grievance procedure", "has a worker grievance procedure"),
        EnterpriseAttribute.DisclosesInformation => ("công khai thông tin", "disclose information publicly", "discloses information publicly"),
        EnterpriseAttribute.AppliesGenderEquality => ("thực hiện bình đẳng giới trong an sinh xã hội, an toàn vệ sinh lao động và đào tạo RECP", "apply gender equality in social security, OSH and RECP training", "applies gender equality in social security, OSH and RECP training"),
        EnterpriseAttribute.HasAntiHarassmentRules => ("có quy định chống quấy rối và phân biệt đối xử", "have rules against harassment and discrimination", "has rules against harassment and discrimination"),
        _ => throw new ArgumentOutOfRangeException(nameof(attribute), attribute, null),
    };

    public static (string Vietnamese, string English) FieldNoun(PopulationField field) => field switch
    {
        PopulationField.Workforce => ("số lao động", "the workforce size"),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>" with more than 100 workers" / " có trên 100 lao động", with a leading space.</summary>
    public static string Population(PopulationFilter filter, Language language, string value)
    {
        if (filter.Field != PopulationField.Workforce)
        {
            throw new ArgumentOutOfRangeException(nameof(filter), filter.Field, null);
        }

        return (filter.Operator, language) switch
        {
            (ComparisonOperator.MoreThan, Language.Vietnamese) => $" có trên {value} lao động",
            (ComparisonOperator.AtLeast, Language.Vietnamese) => $" có từ {value} lao động trở lên",
            (ComparisonOperator.LessThan, Language.Vietnamese) => $" có dưới {value} lao động",
            (ComparisonOperator.AtMost, Language.Vietnamese) => $" có tối đa {value} lao động",
            (ComparisonOperator.EqualTo, Language.Vietnamese) => $" có đúng {value} lao động",
            (ComparisonOperator.MoreThan, _) => $" with more than {value} workers",
            (ComparisonOperator.AtLeast, _) => $" with at least {value} workers",
            (ComparisonOperator.LessThan, _) => $" with fewer than {value} workers",
            (ComparisonOperator.AtMost, _) => $" with at most {value} workers",
            _ => $" with exactly {value} workers",
        };
    }

    public static (string Vietnamese, string English) Location(PartnerLocation location) => location switch
    {
        PartnerLocation.SamePark => ("cùng KCN", "same park"),
        PartnerLocation.OtherPark => ("KCN khác", "another park"),
        PartnerLocation.Town => ("đô thị lân cận", "surrounding town"),
        _ => throw new ArgumentOutOfRangeException(nameof(location), location, null),
    };

    public static (string Vietnamese, string English) Type(SymbiosisType type) => type switch
    {
        SymbiosisType.InputOutputExchange => ("trao đổi đầu vào, đầu ra", "input/output exchange"),
        SymbiosisType.SharedInfrastructure => ("dùng chung hạ tầng", "shared infrastructure"),
        SymbiosisType.SharedServices => ("dùng chung dịch vụ", "shared services"),
        SymbiosisType.OtherParkCooperation => ("hợp tác với KCN khác", "cooperation with other parks"),
        SymbiosisType.Other => ("hình thức khác", "other"),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static (string Vietnamese, string English) Group(IndicatorGroup group) => group switch
    {
        IndicatorGroup.LegalBasis => ("Cơ sở pháp lý", "Legal basis"),
        IndicatorGroup.Infrastructure => ("Hạ tầng và dịch vụ", "Infrastructure and services"),
        IndicatorGroup.ParkManagement => ("Quản lý khu công nghiệp", "Park management"),
        IndicatorGroup.Environment => ("Môi trường", "Environment"),
        IndicatorGroup.Social => ("Xã hội", "Social"),
        IndicatorGroup.Economic => ("Kinh tế", "Economic"),
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, null),
    };

    /// <summary>The symbol of <paramref name="op"/> when the comparison holds, or of its negation when it does not (≥ becomes &lt;).</summary>
    public static string Symbol(ComparisonOperator op, bool holds) => (op, holds) switch
    {
        (ComparisonOperator.AtLeast, true) or (ComparisonOperator.LessThan, false) => "≥",
        (ComparisonOperator.MoreThan, true) or (ComparisonOperator.AtMost, false) => ">",
        (ComparisonOperator.AtMost, true) or (ComparisonOperator.MoreThan, false) => "≤",
        (ComparisonOperator.LessThan, true) or (ComparisonOperator.AtLeast, false) => "<",
        (ComparisonOperator.EqualTo, true) => "=",
        _ => "≠",
    };
}
