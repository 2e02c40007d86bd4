using Certification.Criteria.Inputs;
using Certification.Web.Domain.Assessment;
using Certification.Web.Domain.Enterprises;
using Certification.Web.Pages.Criteria;

namespace Certification.Web.Infrastructure.EnterpriseImport;

/// <summary>One enterprise read from a data row: identity and the year's facts (null facts = not reported).</summary>
public sealed record ImportedEnterprise(int Row, string TaxCode, string Name, string Sector, ReportedFacts Facts);

/// <summary>
/// Reads data rows against the header row. Every bad cell is reported (not just the first of a row), worded by
/// message key so the report is shown in the reader's language. An empty cell means "not reported".
/// </summary>
public sealed class ImportRowReader
{
    private readonly Dictionary<string, int> _columnAt;

    private ImportRowReader(Dictionary<string, int> columnAt) => _columnAt = columnAt;

    /// <summary>Maps the header row; problems name unknown, repeated and missing required columns.</summary>
    public static ImportRowReader? FromHeader(string?[] header, List<ImportProblem> problems)
    {
        var columnAt = new Dictionary<string, int>();
        for (var i = 0; i < header.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(header[i]))
                continue;
            var column = ImportColumn.ForHeader(header[i]);
            if (column is null)
                problems.Add(new ImportProblem(1, null, "Cột \"{0}\" không có trong mẫu.", [header[i]!.Trim()]));
            else if (!columnAt.TryAdd(column.Key, i))
                problems.Add(new ImportProblem(1, column.Key, "Cột \"{0}\" xuất hiện hai lần.", [header[i]!.Trim()]));
        }
        foreach (var missing in ImportColumn.All.Where(c => c.Required && !columnAt.ContainsKey(c.Key)))
            problems.Add(new ImportProblem(1, missing.Key, "Thiếu cột bắt buộc \"{0}\".", [missing.Vietnamese]));
        return problems.Count == 0 ? new ImportRowReader(columnAt) : null;
    }

    public ImportedEnterprise? Read(int row, string?[] cells, List<ImportProblem> problems)
    {
        var before = problems.Count;
        string? Cell(string key) => _columnAt.TryGetValue(key, out var i) && i < cells.Length && !string.IsNullOrWhiteSpace(cells[i]) ? cells[i]!.Trim() : null;
        void Refuse(string key, string message, params string[] arguments) => problems.Add(new ImportProblem(row, key, message, arguments));

        var taxCode = Cell("TaxCode");
        if (taxCode is null) Refuse("TaxCode", "Thiếu mã số thuế.");
        else if (!TaxCode.IsValid(taxCode)) Refuse("TaxCode", "Mã số thuế \"{0}\" không hợp lệ: cần 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số.", taxCode);
        var name = Cell("Name");
        if (name is null) Refuse("Name", "Thiếu tên doanh nghiệp.");
        else if (name.Length > 300) Refuse("Name", "Tên doanh nghiệp tối đa 300 ký tự.");
        var sector = Cell("Sector") ?? "";
        if (sector.Length > 200) Refuse("Sector", "Ngành nghề tối đa 200 ký tự.");

        int? workforce = null;
        if (Cell("Workforce") is { } typedWorkforce)
        {
            if (int.TryParse(typedWorkforce, out var count) && count >= 0) workforce = count;
            else if (FormNumber.TryRead(typedWorkforce, out var asDecimal) && asDecimal is >= 0 and <= int.MaxValue && asDecimal == Math.Floor(asDecimal.Value)) workforce = (int)asDecimal.Value;
            else Refuse("Workforce", "Số lao động \"{0}\" phải là số nguyên không âm.", typedWorkforce);
        }

        decimal? Saving(string key)
        {
            var typed = Cell(key);
            if (!FormNumber.TryRead(typed, out var value))
                Refuse(key, "\"{0}\" không phải là số (dùng dấu phẩy hoặc dấu chấm thập phân, không dùng dấu phân cách hàng nghìn).", typed!);
            else if (value < 0)
                Refuse(key, "Lượng tiết kiệm \"{0}\" không được âm.", typed!);
            else
                return value;
            return null;
        }

        bool? YesNo(string key)
        {
            var typed = Cell(key);
            if (typed is null) return null;
            switch (typed.ToLowerInvariant())
            {
                case "có" or "co" or "yes" or "y" or "x" or "1" or "true": return true;
                case "không" or "khong" or "no" or "n" or "0" or "false": return false;
                default: Refuse(key, "\"{0}\" phải là \"có\" hoặc \"không\".", typed); return null;
            }
        }

        var facts = new ReportedFacts
        {
            Workforce = workforce,
            AppliesRecp = YesNo("AppliesRecp"),
            Savings = new RecpSavings
            {
                ElectricityKwh = Saving("ElectricityKwh"), FuelTonnes = Saving("FuelTonnes"), Co2Tonnes = Saving("Co2Tonnes"),
                WaterCubicMetres = Saving("WaterCubicMetres"), WastewaterCubicMetres = Saving("WastewaterCubicMetres"),
                WasteReusedOrRecycledTonnes = Saving("WasteReusedOrRecycledTonnes"), MaterialsTonnes = Saving("MaterialsTonnes"),
                ChemicalsTonnes = Saving("ChemicalsTonnes"), Vnd = Saving("Vnd"),
            },
            IsoSystems = IsoSystems(Cell("IsoSystems"), typed => Refuse("IsoSystems", "Không nhận ra hệ thống ISO \"{0}\"; dùng 9001, 14001, 45001, 50001, khác hoặc không có.", typed)),
            HasGrievanceProcedure = YesNo("HasGrievanceProcedure"),
            DisclosesInformation = YesNo("DisclosesInformation"),
            AppliesGenderEquality = YesNo("AppliesGenderEquality"),
            HasAntiHarassmentRules = YesNo("HasAntiHarassmentRules"),
        };
        return problems.Count == before ? new ImportedEnterprise(row, taxCode!, name!, sector, facts) : null;
    }

    private static IReadOnlyList<IsoStandard>? IsoSystems(string? typed, Action<string> refuse)
    {
        if (typed is null)
            return null;
        var held = new List<IsoStandard>();
        foreach (var part in typed.Split([';', ',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var digits = System.Text.RegularExpressions.Regex.Match(part, @"\d{4,5}").Value; // "ISO 14001:2015" → 14001
            var word = part.ToLowerInvariant();
            if (word is "không có" or "khong co" or "none" or "không" or "no")
                continue;
            IsoStandard? standard = digits switch
            {
                "9001" => IsoStandard.Iso9001, "14001" => IsoStandard.Iso14001, "45001" => IsoStandard.Iso45001, "50001" => IsoStandard.Iso50001,
                _ => word is "khác" or "khac" or "other" ? IsoStandard.Other : null,
            };
            if (standard is { } known) held.Add(known);
            else refuse(part);
        }
        return held;
    }
}
