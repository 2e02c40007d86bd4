namespace Certification.Criteria.Inputs;

/// <summary>
/// Everything a park evaluation reads: park facts, park-level answers (form A.5) keyed by indicator code,
/// the enterprise records (forms B.4/B.5) and the park's symbiosis registry. The caller maps its stored rows
/// into this; the engine never changes it.
/// </summary>
public sealed record ParkEvaluationData
{
    /// <summary>Whether the park is newly established or existing; decides indicators such as PM.4.</summary>
    public required ParkStage Stage { get; init; }

    /// <summary>Park-level answers keyed by indicator code (ordinal). A missing key means not reported.</summary>
    public IReadOnlyDictionary<string, IndicatorAnswer> Answers { get; init; } = new Dictionary<string, IndicatorAnswer>();

    /// <summary>All enterprises of the park; ratio indicators count over them.</summary>
    public IReadOnlyList<EnterpriseRecord> Enterprises { get; init; } = [];

    /// <summary>The park's symbiosis registry, including ended links (the evaluation date decides which operate).</summary>
    public IReadOnlyList<SymbiosisLink> SymbiosisLinks { get; init; } = [];
}
