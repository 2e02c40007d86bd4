using Certification.Criteria.Inputs;

namespace Certification.Web.Domain.Assessment;

/// <summary>
/// One enterprise's reported facts for one reporting year (calendar year). Every field is nullable and null means
/// not reported. Savings are amounts saved over the year: electricity kWh, fuel t, CO₂ t, water m³, wastewater m³,
/// waste reused or recycled t, materials t, chemicals t, money VND.
/// </summary>
public sealed class EnterpriseFacts
{
    public Guid Id { get; private set; } = Guid.NewGuid();
    public Guid EnterpriseId { get; private set; }
    public int Year { get; private set; }
    public int? Workforce { get; private set; }
    public bool? AppliesRecp { get; private set; }
    public decimal? ElectricityKwh { get; private set; }
    public decimal? FuelTonnes { get; private set; }
    public decimal? Co2Tonnes { get; private set; }
    public decimal? WaterCubicMetres { get; private set; }
    public decimal? WastewaterCubicMetres { get; private set; }
    public decimal? WasteReusedOrRecycledTonnes { get; private set; }
    public decimal? MaterialsTonnes { get; private set; }
    public decimal? ChemicalsTonnes { get; private set; }
    public decimal? Vnd { get; private set; }

    /// <summary>ISO systems held, as a comma-separated list of <see cref="IsoStandard"/> names; null = not reported, "" = none.</summary>
    public string? IsoSystems { get; private set; }
    public bool? HasGrievanceProcedure { get; private set; }
    public bool? DisclosesInformation { get; private set; }
    public bool? AppliesGenderEquality { get; private set; }
    public bool? HasAntiHarassmentRules { get; private set; }
    public Guid? UpdatedByUserId { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    private EnterpriseFacts() { }

    /// <exception cref="DomainException">When the year is outside 2000–2100.</exception>
    public EnterpriseFacts(Guid enterpriseId, int year)
    {
        if (year is < 2000 or > 2100)
            throw new DomainException("EnterpriseFacts.YearOutOfRange", "Năm báo cáo phải từ 2000 đến 2100.");
        EnterpriseId = enterpriseId;
        Year = year;
    }

    /// <summary>Replaces every fact of the year with <paramref name="facts"/>.</summary>
    /// <exception cref="DomainException">When the workforce or a saving is negative.</exception>
    public void Report(ReportedFacts facts, Guid? by, DateTimeOffset at)
    {
        if (facts.Workforce is < 0)
            throw new DomainException("EnterpriseFacts.WorkforceNegative", "Số lao động không được âm.");
        var s = facts.Savings;
        if (new[] { s.ElectricityKwh, s.FuelTonnes, s.Co2Tonnes, s.WaterCubicMetres, s.WastewaterCubicMetres,
                s.WasteReusedOrRecycledTonnes, s.MaterialsTonnes, s.ChemicalsTonnes, s.Vnd }.Any(v => v < 0))
            throw new DomainException("EnterpriseFacts.SavingNegative", "Lượng tiết kiệm không được âm.");
        Workforce = facts.Workforce;
        AppliesRecp = facts.AppliesRecp;
        (ElectricityKwh, FuelTonnes, Co2Tonnes, WaterCubicMetres, WastewaterCubicMetres) =
            (s.ElectricityKwh, s.FuelTonnes, s.Co2Tonnes, s.WaterCubicMetres, s.WastewaterCubicMetres);
        (WasteReusedOrRecycledTonnes, MaterialsTonnes, ChemicalsTonnes, Vnd) =
            (s.WasteReusedOrRecycledTonnes, s.MaterialsTonnes, s.ChemicalsTonnes, s.Vnd);
        IsoSystems = facts.IsoSystems is null ? null : string.Join(",", facts.IsoSystems.Distinct().Order());
        HasGrievanceProcedure = facts.HasGrievanceProcedure;
        DisclosesInformation = facts.DisclosesInformation;
        AppliesGenderEquality = facts.AppliesGenderEquality;
        HasAntiHarassmentRules = facts.HasAntiHarassmentRules;
        UpdatedByUserId = by;
        UpdatedAt = at;
    }

    /// <summary>The facts as reported, for a form or the engine.</summary>
    public ReportedFacts ToReported() => new()
    {
        Workforce = Workforce,
        AppliesRecp = AppliesRecp,
        Savings = new RecpSavings
        {
            ElectricityKwh = ElectricityKwh, FuelTonnes = FuelTonnes, Co2Tonnes = Co2Tonnes,
            WaterCubicMetres = WaterCubicMetres, WastewaterCubicMetres = WastewaterCubicMetres,
            WasteReusedOrRecycledTonnes = WasteReusedOrRecycledTonnes, MaterialsTonnes = MaterialsTonnes,
            ChemicalsTonnes = ChemicalsTonnes, Vnd = Vnd,
        },
        IsoSystems = IsoSystems?.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<IsoStandard>).ToArray(),
        HasGrievanceProcedure = HasGrievanceProcedure,
        DisclosesInformation = DisclosesInformation,
        AppliesGenderEquality = AppliesGenderEquality,
        HasAntiHarassmentRules = HasAntiHarassmentRules,
    };
}
