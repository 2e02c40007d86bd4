using Certification.Criteria.Inputs;

namespace Certification.Criteria.Tests.Fixtures;

/// <summary>Enterprise records for tests: complete (every fact reported, all "no") unless a test changes a fact with <c>with</c>.</summary>
internal static class Enterprises
{
    public static readonly RecpSavings SomeSavings = new() { ElectricityKwh = 12_000m, Vnd = 30_000_000m };

    public static EnterpriseRecord Complete(string id, int workforce = 50) => new()
    {
        Id = id,
        Name = $"Enterprise {id}",
        Workforce = workforce,
        AppliesRecp = false,
        RecpSavings = new RecpSavings(),
        IsoSystems = [],
        HasGrievanceProcedure = false,
        DisclosesInformation = false,
        AppliesGenderEquality = false,
        HasAntiHarassmentRules = false,
    };

    public static EnterpriseRecord WithRecpSavings(this EnterpriseRecord enterprise) =>
        enterprise with { AppliesRecp = true, RecpSavings = SomeSavings };

    /// <summary>Sets the fact a national attribute name stands for (e.g. "hasGrievanceProcedure").</summary>
    public static EnterpriseRecord WithAttribute(this EnterpriseRecord enterprise, string attribute, bool value) => attribute switch
    {
        "appliesRecpWithSavings" => value ? enterprise.WithRecpSavings() : enterprise with { AppliesRecp = false },
        "hasGrievanceProcedure" => enterprise with { HasGrievanceProcedure = value },
        "disclosesInformation" => enterprise with { DisclosesInformation = value },
        "appliesGenderEquality" => enterprise with { AppliesGenderEquality = value },
        "hasAntiHarassmentRules" => enterprise with { HasAntiHarassmentRules = value },
        "holdsIsoSystem" => enterprise with { IsoSystems = value ? [IsoStandard.Iso14001] : [] },
        _ => throw new ArgumentOutOfRangeException(nameof(attribute), attribute, null),
    };

    /// <summary><paramref name="count"/> complete enterprises, the first <paramref name="having"/> of them with <paramref name="attribute"/>.</summary>
    public static List<EnterpriseRecord> Many(int count, int having, string attribute, int workforce = 50, string prefix = "E") =>
        Enumerable.Range(1, count)
            .Select(i => Complete($"{prefix}{i}", workforce).WithAttribute(attribute, i <= having))
            .ToList();
}
