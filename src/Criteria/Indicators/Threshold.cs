namespace Certification.Criteria.Indicators;

/// <summary>
/// The pass condition of an indicator: measured value <see cref="Operator"/> <see cref="Value"/>.
/// Ratios are in percent (0–100, so 20 means 20 %), counts in links, numbers in the indicator's unit.
/// </summary>
/// <param name="Operator">How the measured value is compared.</param>
/// <param name="Value">The threshold, in the indicator's unit.</param>
public sealed record Threshold(ComparisonOperator Operator, decimal Value)
{
    /// <summary>Whether <paramref name="measured"/> satisfies this threshold, compared exactly.</summary>
    public bool IsMetBy(decimal measured) => Compare(measured, Value);

    /// <summary>
    /// Whether <paramref name="numerator"/> ÷ <paramref name="denominator"/> × 100 satisfies this percent threshold,
    /// cross-multiplied so that no rounding happens (1 of 5 is exactly 20 %).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="denominator"/> is not positive.</exception>
    public bool IsMetByShare(decimal numerator, decimal denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denominator);
        return Compare(numerator * 100m, Value * denominator);
    }

    private bool Compare(decimal left, decimal right) => Operator switch
    {
        ComparisonOperator.AtLeast => left >= right,
        ComparisonOperator.MoreThan => left > right,
        ComparisonOperator.AtMost => left <= right,
        ComparisonOperator.LessThan => left < right,
        ComparisonOperator.EqualTo => left == right,
        _ => throw new InvalidOperationException($"Unknown operator {Operator}."),
    };
}
