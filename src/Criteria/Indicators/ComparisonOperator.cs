namespace Certification.Criteria.Indicators;

/// <summary>How a measured value is compared with an indicator's threshold (value OP threshold).</summary>
public enum ComparisonOperator
{
    /// <summary>[<c>&gt;=</c>] At least the threshold.</summary>
    AtLeast,

    /// <summary>[<c>&gt;</c>] Strictly more than the threshold.</summary>
    MoreThan,

    /// <summary>[<c>&lt;=</c>] At most the threshold.</summary>
    AtMost,

    /// <summary>[<c>&lt;</c>] Strictly less than the threshold.</summary>
    LessThan,

    /// <summary>[<c>==</c>] Exactly the threshold.</summary>
    EqualTo,
}
