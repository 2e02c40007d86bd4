using Certification.Criteria.Inputs;

namespace Certification.Criteria.Tests.Fixtures;

/// <summary>Park data for tests against the national set.</summary>
internal static class Parks
{
    public static readonly DateOnly EvaluationDate = new(2025, 6, 30);

    /// <summary>Yes to every yes/no indicator of the national park set, each with one evidence id.</summary>
    public static Dictionary<string, IndicatorAnswer> AllYes(params string[] codes) =>
        codes.ToDictionary(code => code, code => (IndicatorAnswer)new YesNoAnswer(true) { EvidenceIds = [$"ev-{code}"] });

    public static readonly string[] NationalYesNoCodes =
    [
        "LEGAL.1", "SVC.1", "ENV.4", "ENV.5", "ENV.6", "PM.1", "PM.2", "PM.3", "PM.4",
        "SOC.3", "SOC.5", "SOC.7", "ECO.1", "ECO.2", "ECO.3", "ECO.4", "ECO.5", "ECO.6",
    ];

    public static SymbiosisLink Link(string id, string enterpriseId = "E1", DateOnly? start = null, DateOnly? end = null) => new()
    {
        Id = id,
        EnterpriseId = enterpriseId,
        PartnerEnterpriseId = "E2",
        Type = SymbiosisType.InputOutputExchange,
        PartnerLocation = PartnerLocation.SamePark,
        StartDate = start ?? new DateOnly(2024, 1, 1),
        EndDate = end,
        EvidenceIds = [$"ev-{id}"],
    };

    /// <summary>
    /// A park meeting every national indicator: 10 enterprises of 150 workers that all have every attribute,
    /// one operating link, every yes/no answered yes and ENV.3 reported.
    /// </summary>
    public static ParkEvaluationData Compliant(ParkStage stage = ParkStage.Existing)
    {
        var answers = AllYes(NationalYesNoCodes);
        answers["ENV.3"] = new QuantityRatioAnswer(400m, 1_000m, "m3");
        return new ParkEvaluationData
        {
            Stage = stage,
            Answers = answers,
            Enterprises = Enumerable.Range(1, 10)
                .Select(i => Enterprises.Complete($"E{i}", 150).WithRecpSavings() with
                {
                    HasGrievanceProcedure = true,
                    DisclosesInformation = true,
                    AppliesGenderEquality = true,
                    HasAntiHarassmentRules = true,
                    IsoSystems = [IsoStandard.Iso14001],
                })
                .ToList(),
            SymbiosisLinks = [Link("L1")],
        };
    }
}
