using Certification.Criteria.Evaluation;
using Certification.Criteria.Indicators;
using Certification.Criteria.Inputs;
using Certification.Criteria.Sets;
using Certification.Criteria.Tests.Fixtures;
using Certification.Criteria.Wording;

namespace Certification.Criteria.Tests.Evaluation;

/// <summary>
/// Properties checked over many generated parks. Each test uses a fixed seed, so a failure names the seed and
/// iteration and reproduces exactly.
/// </summary>
public class EvaluationPropertyTests
{
    private const int Iterations = 400;
    private static readonly IndicatorSet Set = NationalIndicatorSets.EcoIndustrialPark;
    private static readonly DateOnly Day = Parks.EvaluationDate;

    [Fact]
    public void Evaluate_AddingAnRecpEnterpriseWithSavings_NeverTurnsEnv2FromMetToNotMet()
    {
        var random = new Random(20250630);
        var metBefore = 0;
        for (var i = 0; i < Iterations; i++)
        {
            var park = GeneratePark(random, reportAll: random.Next(4) > 0);
            var before = Set.Evaluate(park, Day, Language.English).Find("ENV.2")!;
            var added = Enterprises.Complete($"NEW{i}", random.Next(1, 500)).WithRecpSavings();
            var after = Set.Evaluate(park with { Enterprises = [.. park.Enterprises, added] }, Day, Language.English).Find("ENV.2")!;

            if (before.Outcome == IndicatorOutcome.Met)
            {
                metBefore++;
                Assert.True(after.Outcome == IndicatorOutcome.Met, $"Iteration {i}: {before.Sentence} became {after.Sentence}");
            }
        }

        Assert.InRange(metBefore, Iterations / 10, Iterations);
    }

    [Fact]
    public void Evaluate_RemovingAllSymbiosisLinks_AlwaysMakesEnv1NotMet()
    {
        var random = new Random(42);
        for (var i = 0; i < Iterations; i++)
        {
            var park = GeneratePark(random, reportAll: random.Next(2) == 0) with { SymbiosisLinks = [] };

            var result = Set.Evaluate(park, Day, Language.Vietnamese).Find("ENV.1")!;

            Assert.True(result.Outcome == IndicatorOutcome.NotMet, $"Iteration {i}: {result.Sentence}");
            Assert.Empty(result.LinkIds);
        }
    }

    [Fact]
    public void Evaluate_AnyEnterpriseMissingTheCountedFact_MakesTheRatioNotReportedNeverMetOrNotMet()
    {
        var random = new Random(7);
        for (var i = 0; i < Iterations; i++)
        {
            var park = GeneratePark(random, reportAll: true);
            if (park.Enterprises.Count == 0)
            {
                continue;
            }

            var index = random.Next(park.Enterprises.Count);
            var enterprises = park.Enterprises.ToList();
            enterprises[index] = enterprises[index] with { DisclosesInformation = null };

            var result = Set.Evaluate(park with { Enterprises = enterprises }, Day, Language.English).Find("SOC.2")!;

            Assert.Equal(IndicatorOutcome.NotReported, result.Outcome);
            Assert.Contains(enterprises[index].Id, result.UnreportedEnterpriseIds);
        }
    }

    [Fact]
    public void Evaluate_AnyPark_TotalsAgreeWithTheIndicatorResults()
    {
        var random = new Random(1234);
        for (var i = 0; i < Iterations; i++)
        {
            var evaluation = Set.Evaluate(GeneratePark(random, reportAll: random.Next(3) > 0), Day, Language.English);

            var applicable = evaluation.Indicators.Where(r => r.Outcome != IndicatorOutcome.NotApplicable).ToList();
            Assert.Equal(applicable.Count, evaluation.ApplicableCount);
            Assert.Equal(applicable.Count(r => r.Outcome == IndicatorOutcome.Met), evaluation.MetCount);
            Assert.Equal(
                applicable.Where(r => r.IsMandatory && r.Outcome != IndicatorOutcome.Met).Select(r => r.Code),
                evaluation.Gaps.Select(g => g.Code));
            Assert.Equal(evaluation.Gaps.Count == 0, evaluation.AllMandatoryMet);
            Assert.All(evaluation.Indicators, r => Assert.Equal(r.Outcome is IndicatorOutcome.NotMet or IndicatorOutcome.NotReported, r.Remedy is not null));
        }
    }

    /// <summary>A park of 0–120 enterprises with random facts (some unreported unless <paramref name="reportAll"/>), 0–20 links and random answers.</summary>
    internal static ParkEvaluationData GeneratePark(Random random, bool reportAll)
    {
        bool? Fact(int percentTrue) => !reportAll && random.Next(20) == 0 ? null : random.Next(100) < percentTrue;

        var recpShare = random.Next(0, 60);
        var enterprises = Enumerable.Range(0, random.Next(0, 121))
            .Select(n => new EnterpriseRecord
            {
                Id = $"E{n}",
                Name = $"Enterprise {n}",
                Workforce = !reportAll && random.Next(25) == 0 ? null : random.Next(5, 400),
                AppliesRecp = Fact(recpShare),
                RecpSavings = random.Next(10) == 0 ? new RecpSavings() : new RecpSavings { WaterCubicMetres = random.Next(0, 5_000) },
                IsoSystems = random.Next(2) == 0 ? [] : [IsoStandard.Iso14001],
                HasGrievanceProcedure = Fact(80),
                DisclosesInformation = Fact(80),
                AppliesGenderEquality = Fact(75),
                HasAntiHarassmentRules = Fact(75),
            })
            .ToList();
        var links = Enumerable.Range(0, random.Next(0, 21))
            .Select(n => Parks.Link($"L{n}", start: Day.AddDays(random.Next(-900, 30)), end: random.Next(3) == 0 ? Day.AddDays(random.Next(-300, 300)) : null))
            .ToList();
        var answers = Parks.NationalYesNoCodes
            .Where(_ => reportAll || random.Next(10) > 0)
            .ToDictionary(code => code, code => (IndicatorAnswer)new YesNoAnswer(random.Next(10) > 0));
        return new ParkEvaluationData
        {
            Stage = random.Next(2) == 0 ? ParkStage.Existing : ParkStage.NewlyEstablished,
            Answers = answers,
            Enterprises = enterprises,
            SymbiosisLinks = links,
        };
    }
}
