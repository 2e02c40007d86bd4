namespace Certification.Criteria.Inputs;

/// <summary>
/// Savings an enterprise measured from RECP (resource efficiency and cleaner production) over the reporting
/// year, per resource in physical units and in money (form B.5). Each amount is a saving, so positive means
/// less used or emitted; null means the resource was not reported.
/// </summary>
public sealed record RecpSavings
{
    /// <summary>Electricity saved, in kWh.</summary>
    public decimal? ElectricityKwh { get; init; }

    /// <summary>Fuel saved, in tonnes (mass of coal, oil or gas as reported on the form).</summary>
    public decimal? FuelTonnes { get; init; }

    /// <summary>CO₂ emissions avoided, in tonnes.</summary>
    public decimal? Co2Tonnes { get; init; }

    /// <summary>Water saved, in m³.</summary>
    public decimal? WaterCubicMetres { get; init; }

    /// <summary>Wastewater reduced, in m³.</summary>
    public decimal? WastewaterCubicMetres { get; init; }

    /// <summary>Waste reused or recycled, in tonnes.</summary>
    public decimal? WasteReusedOrRecycledTonnes { get; init; }

    /// <summary>Raw materials saved, in tonnes.</summary>
    public decimal? MaterialsTonnes { get; init; }

    /// <summary>Chemicals saved, in tonnes.</summary>
    public decimal? ChemicalsTonnes { get; init; }

    /// <summary>Total money saved, in VND: the sum of the money items of the form.</summary>
    public decimal? Vnd { get; init; }

    /// <summary>Whether at least one reported saving (any resource or VND) is greater than zero: a "measured saving".</summary>
    public bool HasMeasuredSaving =>
        ElectricityKwh > 0m || FuelTonnes > 0m || Co2Tonnes > 0m || WaterCubicMetres > 0m
        || WastewaterCubicMetres > 0m || WasteReusedOrRecycledTonnes > 0m || MaterialsTonnes > 0m
        || ChemicalsTonnes > 0m || Vnd > 0m;
}
