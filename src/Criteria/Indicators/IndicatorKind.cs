namespace Certification.Criteria.Indicators;

/// <summary>
/// How an indicator is measured, which decides which input it reads and how it compares.
/// The JSON name of each value is given in brackets; see docs/indicator-sets.md.
/// </summary>
public enum IndicatorKind
{
    /// <summary>[<c>yesNo</c>] A yes/no answer of the subject, keyed by the indicator code. Met when the answer is yes.</summary>
    YesNo,

    /// <summary>
    /// [<c>count</c>] Number of symbiosis links operating on the evaluation date, optionally filtered by
    /// partner location and symbiosis type. For an enterprise set only the links the enterprise takes part in count.
    /// </summary>
    Count,

    /// <summary>
    /// [<c>ratio</c>] Park sets only: enterprises having an <see cref="EnterpriseAttribute"/> ÷ enterprises in the
    /// population (all enterprises, or those passing a <see cref="PopulationFilter"/>), in percent 0–100.
    /// </summary>
    Ratio,

    /// <summary>
    /// [<c>quantityRatio</c>] A reported part ÷ a reported whole of one physical quantity (e.g. wastewater reused ÷
    /// total wastewater, both in m³), in percent 0–100.
    /// </summary>
    QuantityRatio,

    /// <summary>[<c>number</c>] A reported number in the indicator's unit.</summary>
    Number,

    /// <summary>
    /// [<c>attribute</c>] Enterprise sets only: the applying enterprise has an <see cref="EnterpriseAttribute"/>.
    /// A population filter restricts which enterprises the indicator applies to.
    /// </summary>
    Attribute,
}
