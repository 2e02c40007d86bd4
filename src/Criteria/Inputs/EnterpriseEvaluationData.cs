namespace Certification.Criteria.Inputs;

/// <summary>
/// Everything an eco-enterprise evaluation reads: the enterprise record, its answers keyed by indicator code
/// (e.g. LEGAL.1 compliance, LOC.1 located in a certified park — the caller answers LOC.1 from the park's
/// certification status) and the symbiosis links it may take part in.
/// </summary>
public sealed record EnterpriseEvaluationData
{
    /// <summary>The enterprise being evaluated.</summary>
    public required EnterpriseRecord Enterprise { get; init; }

    /// <summary>The enterprise's answers keyed by indicator code (ordinal). A missing key means not reported.</summary>
    public IReadOnlyDictionary<string, IndicatorAnswer> Answers { get; init; } = new Dictionary<string, IndicatorAnswer>();

    /// <summary>Symbiosis links; only those that involve the enterprise (<see cref="SymbiosisLink.Involves"/>) are counted.</summary>
    public IReadOnlyList<SymbiosisLink> SymbiosisLinks { get; init; } = [];
}
