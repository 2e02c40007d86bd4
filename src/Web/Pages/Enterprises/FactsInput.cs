using Certification.Criteria.Inputs;
using Certification.Web.Domain.Assessment;
using Certification.Web.Pages.Criteria;

namespace Certification.Web.Pages.Enterprises;

/// <summary>
/// An enterprise's facts for one year as typed. Yes/no facts are "", "yes" or "no" ("" = not reported); numbers are text
/// so a bad value comes back as typed; ISO: the standards ticked, or "none" ticked, or nothing = not reported.
/// </summary>
public sealed class FactsInput
{
    /// <summary>The savings fields in form order, with their Vietnamese label and unit.</summary>
    public static readonly (string Field, string Label, string Unit)[] SavingFields =
    [
        (nameof(ElectricityKwh), "Điện tiết kiệm", "kWh"), (nameof(FuelTonnes), "Nhiên liệu tiết kiệm", "t"),
        (nameof(Co2Tonnes), "Phát thải CO₂ giảm", "t CO₂"), (nameof(WaterCubicMetres), "Nước tiết kiệm", "m³"),
        (nameof(WastewaterCubicMetres), "Nước thải giảm", "m³"), (nameof(WasteReusedOrRecycledTonnes), "Chất thải được tái sử dụng, tái chế", "t"),
        (nameof(MaterialsTonnes), "Nguyên vật liệu tiết kiệm", "t"), (nameof(ChemicalsTonnes), "Hóa chất tiết kiệm", "t"),
        (nameof(Vnd), "Số tiền tiết kiệm", "VND"),
    ];

    public string? Workforce { get; set; }
    public string? AppliesRecp { get; set; }
    public string? ElectricityKwh { get; set; }
    public string? FuelTonnes { get; set; }
    public string? Co2Tonnes { get; set; }
    public string? WaterCubicMetres { get; set; }
    public string? WastewaterCubicMetres { get; set; }
    public string? WasteReusedOrRecycledTonnes { get; set; }
    public string? MaterialsTonnes { get; set; }
    public string? ChemicalsTonnes { get; set; }
    public string? Vnd { get; set; }
    public List<string> Iso { get; set; } = [];
    public bool NoIso { get; set; }
    public string? HasGrievanceProcedure { get; set; }
    public string? DisclosesInformation { get; set; }
    public string? AppliesGenderEquality { get; set; }
    public string? HasAntiHarassmentRules { get; set; }

    public string? Saving(string field) => (string?)typeof(FactsInput).GetProperty(field)!.GetValue(this);

    public static FactsInput From(ReportedFacts facts)
    {
        var input = new FactsInput
        {
            Workforce = facts.Workforce?.ToString(), AppliesRecp = Tri(facts.AppliesRecp),
            Iso = facts.IsoSystems?.Select(s => s.ToString()).ToList() ?? [], NoIso = facts.IsoSystems is { Count: 0 },
            HasGrievanceProcedure = Tri(facts.HasGrievanceProcedure), DisclosesInformation = Tri(facts.DisclosesInformation),
            AppliesGenderEquality = Tri(facts.AppliesGenderEquality), HasAntiHarassmentRules = Tri(facts.HasAntiHarassmentRules),
        };
        var s = facts.Savings;
        (input.ElectricityKwh, input.FuelTonnes, input.Co2Tonnes) = (FormNumber.Show(s.ElectricityKwh), FormNumber.Show(s.FuelTonnes), FormNumber.Show(s.Co2Tonnes));
        (input.WaterCubicMetres, input.WastewaterCubicMetres) = (FormNumber.Show(s.WaterCubicMetres), FormNumber.Show(s.WastewaterCubicMetres));
        (input.WasteReusedOrRecycledTonnes, input.MaterialsTonnes) = (FormNumber.Show(s.WasteReusedOrRecycledTonnes), FormNumber.Show(s.MaterialsTonnes));
        (input.ChemicalsTonnes, input.Vnd) = (FormNumber.Show(s.ChemicalsTonnes), FormNumber.Show(s.Vnd));
        return input;
    }

    /// <summary>The typed facts, or null with each bad value reported on its field through <paramref name="refuse"/>.</summary>
    public ReportedFacts? Read(Action<string, string?> refuse)
    {
        int? workforce = null;
        if (!string.IsNullOrWhiteSpace(Workforce))
        {
            if (int.TryParse(Workforce.Trim(), out var count)) workforce = count;
            else refuse(nameof(Workforce), Workforce);
        }
        var savings = new decimal?[SavingFields.Length];
        for (var i = 0; i < SavingFields.Length; i++)
        {
            if (FormNumber.TryRead(Saving(SavingFields[i].Field), out var value)) savings[i] = value;
            else refuse(SavingFields[i].Field, Saving(SavingFields[i].Field));
        }
        var iso = new List<IsoStandard>();
        foreach (var name in Iso)
        {
            if (Enum.TryParse<IsoStandard>(name, out var standard) && Enum.IsDefined(standard)) iso.Add(standard);
            else refuse(nameof(Iso), name);
        }
        return new ReportedFacts
        {
            Workforce = workforce,
            AppliesRecp = Tri(AppliesRecp),
            Savings = new RecpSavings
            {
                ElectricityKwh = savings[0], FuelTonnes = savings[1], Co2Tonnes = savings[2], WaterCubicMetres = savings[3],
                WastewaterCubicMetres = savings[4], WasteReusedOrRecycledTonnes = savings[5], MaterialsTonnes = savings[6],
                ChemicalsTonnes = savings[7], Vnd = savings[8],
            },
            IsoSystems = iso.Count > 0 ? iso : NoIso ? [] : null,
            HasGrievanceProcedure = Tri(HasGrievanceProcedure), DisclosesInformation = Tri(DisclosesInformation),
            AppliesGenderEquality = Tri(AppliesGenderEquality), HasAntiHarassmentRules = Tri(HasAntiHarassmentRules),
        };
    }

    /// <summary>The fields holding a negative number (workforce or a saving), which the domain refuses.</summary>
    public IEnumerable<string> NegativeFields() =>
        SavingFields.Select(f => f.Field).Prepend(nameof(Workforce))
            .Where(field => FormNumber.TryRead(field == nameof(Workforce) ? Workforce : Saving(field), out var value) && value < 0);

    private static string Tri(bool? value) => value switch { true => "yes", false => "no", null => "" };

    private static bool? Tri(string? value) => value switch { "yes" => true, "no" => false, _ => null };
}
