using Certification.Criteria.Inputs;

namespace Certification.Web.Domain.Assessment;

/// <summary>
/// What an enterprise reports for one year (form B.5). Every value is nullable: null means NOT REPORTED, and the
/// indicators that need it are then NotReported. Savings are per resource in the units of <see cref="RecpSavings"/>.
/// </summary>
public sealed record ReportedFacts
{
    public int? Workforce { get; init; }
    public bool? AppliesRecp { get; init; }
    public RecpSavings Savings { get; init; } = new();

    /// <summary>ISO systems held; null when not reported, empty when none.</summary>
    public IReadOnlyList<IsoStandard>? IsoSystems { get; init; }
    public bool? HasGrievanceProcedure { get; init; }
    public bool? DisclosesInformation { get; init; }
    public bool? AppliesGenderEquality { get; init; }
    public bool? HasAntiHarassmentRules { get; init; }
}
