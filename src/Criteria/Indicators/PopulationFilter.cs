namespace Certification.Criteria.Indicators;

/// <summary>
/// Restricts the enterprises a ratio counts over (or an attribute indicator applies to) to those whose
/// <see cref="Field"/> satisfies <see cref="Operator"/> <see cref="Value"/>, e.g. workforce &gt; 100 for SOC.1.
/// An enterprise whose field is not reported can be neither included nor excluded: see
/// <see cref="IndicatorKind.Ratio"/> evaluation rules in docs/indicator-sets.md.
/// </summary>
/// <param name="Field">The enterprise field tested.</param>
/// <param name="Operator">The comparison.</param>
/// <param name="Value">The value compared with, in the field's unit (workers for <see cref="PopulationField.Workforce"/>).</param>
public sealed record PopulationFilter(PopulationField Field, ComparisonOperator Operator, int Value)
{
    /// <summary>Whether a reported field value passes the filter.</summary>
    public bool Admits(int fieldValue) => Operator switch
    {
        ComparisonOperator.AtLeast => fieldValue >= Value,
        ComparisonOperator.MoreThan => fieldValue > Value,
        ComparisonOperator.AtMost => fieldValue <= Value,
        ComparisonOperator.LessThan => fieldValue < Value,
        ComparisonOperator.EqualTo => fieldValue == Value,
        _ => throw new InvalidOperationException($"Unknown operator {Operator}."),
    };
}
