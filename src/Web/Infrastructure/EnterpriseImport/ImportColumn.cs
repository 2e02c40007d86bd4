using Certification.Criteria.Wording;

namespace Certification.Web.Infrastructure.EnterpriseImport;

/// <summary>What a template column holds; decides how its cells are read.</summary>
public enum ImportValueKind
{
    TaxCode,
    Text,
    WholeNumber,
    Decimal,
    YesNo,
    IsoList,
}

/// <summary>
/// One column of the enterprise import template (form B.5 facts plus the enterprise's identity). Files are matched
/// by header, in Vietnamese or English, so column order does not matter and either language's template works.
/// </summary>
public sealed record ImportColumn(string Key, string Vietnamese, string English, ImportValueKind Kind, bool Required = false)
{
    /// <summary>Every column, in template order. If you add one, also read it in <see cref="ImportRowReader"/>.</summary>
    public static readonly IReadOnlyList<ImportColumn> All =
    [
        new("TaxCode", "Mã số thuế", "Tax code", ImportValueKind.TaxCode, Required: true),
        new("Name", "Tên doanh nghiệp", "Enterprise name", ImportValueKind.Text, Required: true),
        new("Sector", "Ngành nghề", "Sector", ImportValueKind.Text),
        new("Workforce", "Số lao động", "Workforce", ImportValueKind.WholeNumber),
        new("AppliesRecp", "Áp dụng sản xuất sạch hơn (có/không)", "Applies RECP (yes/no)", ImportValueKind.YesNo),
        new("ElectricityKwh", "Điện tiết kiệm (kWh)", "Electricity saved (kWh)", ImportValueKind.Decimal),
        new("FuelTonnes", "Nhiên liệu tiết kiệm (t)", "Fuel saved (t)", ImportValueKind.Decimal),
        new("Co2Tonnes", "Phát thải CO₂ giảm (t CO₂)", "CO₂ avoided (t CO₂)", ImportValueKind.Decimal),
        new("WaterCubicMetres", "Nước tiết kiệm (m³)", "Water saved (m³)", ImportValueKind.Decimal),
        new("WastewaterCubicMetres", "Nước thải giảm (m³)", "Wastewater avoided (m³)", ImportValueKind.Decimal),
        new("WasteReusedOrRecycledTonnes", "Chất thải được tái sử dụng, tái chế (t)", "Waste reused or recycled (t)", ImportValueKind.Decimal),
        new("MaterialsTonnes", "Nguyên vật liệu tiết kiệm (t)", "Materials saved (t)", ImportValueKind.Decimal),
        new("ChemicalsTonnes", "Hóa chất tiết kiệm (t)", "Chemicals saved (t)", ImportValueKind.Decimal),
        new("Vnd", "Số tiền tiết kiệm (VND)", "Money saved (VND)", ImportValueKind.Decimal),
        new("IsoSystems", "Hệ thống ISO (9001; 14001; 45001; 50001; khác; không có)", "ISO systems (9001; 14001; 45001; 50001; other; none)", ImportValueKind.IsoList),
        new("HasGrievanceProcedure", "Có cơ chế giải quyết khiếu nại của người lao động (có/không)", "Has a workers' grievance procedure (yes/no)", ImportValueKind.YesNo),
        new("DisclosesInformation", "Công khai thông tin (có/không)", "Discloses information (yes/no)", ImportValueKind.YesNo),
        new("AppliesGenderEquality", "Thực hiện bình đẳng giới (có/không)", "Applies gender equality (yes/no)", ImportValueKind.YesNo),
        new("HasAntiHarassmentRules", "Có quy định chống quấy rối, phân biệt đối xử (có/không)", "Has anti-harassment rules (yes/no)", ImportValueKind.YesNo),
    ];

    public string Header(Language language) => language == Language.English ? English : Vietnamese;

    /// <summary>The column a header cell names, ignoring case, spacing and language; null when none.</summary>
    public static ImportColumn? ForHeader(string? header)
    {
        var wanted = Normalise(header);
        return wanted.Length == 0 ? null : All.FirstOrDefault(c => Normalise(c.Vietnamese) == wanted || Normalise(c.English) == wanted);
    }

    private static string Normalise(string? text) =>
        string.Join(' ', (text ?? "").Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
