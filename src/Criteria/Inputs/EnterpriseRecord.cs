namespace Certification.Criteria.Inputs;

/// <summary>
/// What the engine knows about one enterprise in a park (forms B.4/B.5). Every fact is nullable and
/// null means NOT REPORTED: an indicator that needs an unreported fact is <c>NotReported</c>, never
/// silently passed or failed.
/// </summary>
public sealed record EnterpriseRecord
{
    /// <summary>The enterprise's id, as the caller stores it; results list counted enterprises by this id.</summary>
    public required string Id { get; init; }

    /// <summary>The enterprise's name, for display.</summary>
    public required string Name { get; init; }

    /// <summary>Number of workers; null when not reported.</summary>
    public int? Workforce { get; init; }

    /// <summary>Whether the enterprise applies RECP; null when not reported.</summary>
    public bool? AppliesRecp { get; init; }

    /// <summary>Savings measured from RECP; null when not reported.</summary>
    public RecpSavings? RecpSavings { get; init; }

    /// <summary>ISO management systems run; null when not reported, empty when none.</summary>
    public IReadOnlyList<IsoStandard>? IsoSystems { get; init; }

    /// <summary>Whether there is a procedure for workers' grievances; null when not reported.</summary>
    public bool? HasGrievanceProcedure { get; init; }

    /// <summary>Whether the enterprise discloses information publicly; null when not reported.</summary>
    public bool? DisclosesInformation { get; init; }

    /// <summary>Whether gender equality is applied in social security, OSH and RECP training; null when not reported.</summary>
    public bool? AppliesGenderEquality { get; init; }

    /// <summary>Whether there are rules against harassment and discrimination; null when not reported.</summary>
    public bool? HasAntiHarassmentRules { get; init; }

    /// <summary>
    /// Whether the enterprise applies RECP with measured savings: true when it applies RECP and at least one saving is
    /// greater than zero; false when it does not apply RECP or reported savings that are all zero or less;
    /// null when either fact is not reported.
    /// </summary>
    public bool? AppliesRecpWithMeasuredSavings => AppliesRecp switch
    {
        null => null,
        false => false,
        true => RecpSavings?.HasMeasuredSaving,
    };
}
