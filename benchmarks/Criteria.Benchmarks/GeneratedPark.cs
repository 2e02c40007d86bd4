using Certification.Criteria.Inputs;

namespace Certification.Criteria.Benchmarks;

/// <summary>
/// A deterministic large park for the benchmark: every fact reported (so every ratio is computed over the whole
/// population and produces its sentence), every yes/no indicator answered, ENV.3 reported.
/// </summary>
public static class GeneratedPark
{
    public static readonly DateOnly EvaluationDate = new(2025, 6, 30);

    public static readonly string[] YesNoCodes =
    [
        "LEGAL.1", "SVC.1", "ENV.4", "ENV.5", "ENV.6", "PM.1", "PM.2", "PM.3", "PM.4",
        "SOC.3", "SOC.5", "SOC.7", "ECO.1", "ECO.2", "ECO.3", "ECO.4", "ECO.5", "ECO.6",
    ];

    public static ParkEvaluationData Create(int enterpriseCount, int linkCount, int seed = 35_2022)
    {
        var random = new Random(seed);
        var enterprises = new EnterpriseRecord[enterpriseCount];
        for (var i = 0; i < enterpriseCount; i++)
        {
            var appliesRecp = random.Next(100) < 30;
            enterprises[i] = new EnterpriseRecord
            {
                Id = $"ENT-{i:D5}",
                Name = $"Enterprise {i}",
                Workforce = random.Next(5, 2_000),
                AppliesRecp = appliesRecp,
                RecpSavings = appliesRecp
                    ? new RecpSavings { ElectricityKwh = random.Next(0, 2) * random.Next(1, 50_000), WaterCubicMetres = random.Next(0, 3) == 0 ? 0m : random.Next(1, 9_000), Vnd = random.Next(0, 500_000_000) }
                    : new RecpSavings(),
                IsoSystems = random.Next(3) == 0 ? [] : [IsoStandard.Iso14001],
                HasGrievanceProcedure = random.Next(100) < 80,
                DisclosesInformation = random.Next(100) < 78,
                AppliesGenderEquality = random.Next(100) < 70,
                HasAntiHarassmentRules = random.Next(100) < 76,
            };
        }

        var links = new SymbiosisLink[linkCount];
        var types = Enum.GetValues<SymbiosisType>();
        var locations = Enum.GetValues<PartnerLocation>();
        for (var i = 0; i < linkCount; i++)
        {
            var start = EvaluationDate.AddDays(-random.Next(-60, 2_000));
            links[i] = new SymbiosisLink
            {
                Id = $"LNK-{i:D5}",
                EnterpriseId = enterprises[random.Next(enterpriseCount)].Id,
                PartnerEnterpriseId = enterprises[random.Next(enterpriseCount)].Id,
                Type = types[random.Next(types.Length)],
                PartnerLocation = locations[random.Next(locations.Length)],
                StartDate = start,
                EndDate = random.Next(4) == 0 ? start.AddDays(random.Next(30, 1_500)) : null,
                EvidenceIds = [$"EV-{i:D5}"],
            };
        }

        var answers = YesNoCodes.ToDictionary(code => code, code => (IndicatorAnswer)new YesNoAnswer(random.Next(10) > 0) { EvidenceIds = [$"EV-{code}"] });
        answers["ENV.3"] = new QuantityRatioAnswer(41_000m, 120_000m, "m3");
        return new ParkEvaluationData
        {
            Stage = ParkStage.Existing,
            Answers = answers,
            Enterprises = enterprises,
            SymbiosisLinks = links,
        };
    }
}
