using Certification.Criteria.Inputs;

namespace Certification.Web.Infrastructure.Dashboard;

/// <summary>
/// The province indicators of one reporting year (calendar year), as <see cref="ProvinceIndicators"/> defines them.
/// Savings are sums over every enterprise fact row of the year: electricity kWh, water m³, CO₂ t, money VND.
/// </summary>
/// <param name="Enterprises">Enterprises registered today in the province's parks (the RECP denominator).</param>
/// <param name="RecpEnterprises">Of them, those reporting for the year that they apply RECP with at least one saving above zero.</param>
/// <param name="RecpPercent">RecpEnterprises ÷ Enterprises × 100; null when there is no enterprise.</param>
/// <param name="Parks">Parks of the province (the energy-efficiency denominator).</param>
/// <param name="ParksReached">Parks with at least one enterprise reporting an electricity or fuel saving above zero for the year.</param>
/// <param name="ReachedPercent">ParksReached ÷ Parks × 100; null when there is no park.</param>
/// <param name="LinksByType">Symbiosis links operating on at least one day of the year, by type (every type present, zero included).</param>
public sealed record YearIndicators(
    int Year, int Enterprises, int RecpEnterprises, decimal? RecpPercent, int Parks, int ParksReached, decimal? ReachedPercent,
    IReadOnlyDictionary<SymbiosisType, int> LinksByType, decimal ElectricityKwh, decimal WaterCubicMetres, decimal Co2Tonnes, decimal Vnd)
{
    public int LinksTotal => LinksByType.Values.Sum();
}
