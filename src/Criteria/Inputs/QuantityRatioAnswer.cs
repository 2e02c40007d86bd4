namespace Certification.Criteria.Inputs;

/// <summary>An answer to a quantity-ratio indicator: a part of a whole in one unit (e.g. ENV.3: wastewater reused, total wastewater, m³).</summary>
/// <param name="Part">The part (e.g. wastewater reused or recirculated); 0 ≤ part ≤ whole.</param>
/// <param name="Whole">The whole (e.g. total industrial wastewater); must be greater than zero for a share to exist.</param>
/// <param name="Unit">The unit of both; must equal the indicator's unit (ordinal).</param>
public sealed record QuantityRatioAnswer(decimal Part, decimal Whole, string Unit) : IndicatorAnswer;
