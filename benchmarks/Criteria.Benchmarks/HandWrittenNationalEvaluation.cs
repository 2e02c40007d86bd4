using Certification.Criteria.Evaluation;
using Certification.Criteria.Inputs;

namespace Certification.Criteria.Benchmarks;

/// <summary>
/// The national park set written out by hand, as the baseline: the same 25 outcomes as the engine over the same
/// data, in one pass over the enterprises and one over the links, with no sentences and no data-used lists.
/// Order of the returned outcomes: the order of the national set file.
/// </summary>
public static class HandWrittenNationalEvaluation
{
    public static readonly string[] Codes =
    [
        "LEGAL.1", "SVC.1", "ENV.1", "ENV.2", "ENV.3", "ENV.4", "ENV.5", "ENV.6", "PM.1", "PM.2", "PM.3", "PM.4",
        "SOC.1", "SOC.2", "SOC.3", "SOC.4", "SOC.5", "SOC.6", "SOC.7", "ECO.1", "ECO.2", "ECO.3", "ECO.4", "ECO.5", "ECO.6",
    ];

    public static IndicatorOutcome[] Evaluate(ParkEvaluationData park, DateOnly date)
    {
        int recp = 0, recpUnknown = 0;
        int big = 0, bigUnknown = 0, grievance = 0, grievanceUnknown = 0, gender = 0, genderUnknown = 0;
        int disclose = 0, discloseUnknown = 0, harassment = 0, harassmentUnknown = 0;
        var enterprises = park.Enterprises;
        for (var i = 0; i < enterprises.Count; i++)
        {
            var e = enterprises[i];
            Tally(e.AppliesRecpWithMeasuredSavings, ref recp, ref recpUnknown);
            Tally(e.DisclosesInformation, ref disclose, ref discloseUnknown);
            Tally(e.HasAntiHarassmentRules, ref harassment, ref harassmentUnknown);
            if (e.Workforce is not { } workforce)
            {
                bigUnknown++;
            }
            else if (workforce > 100)
            {
                big++;
                Tally(e.HasGrievanceProcedure, ref grievance, ref grievanceUnknown);
                Tally(e.AppliesGenderEquality, ref gender, ref genderUnknown);
            }
        }

        var links = 0;
        foreach (var link in park.SymbiosisLinks)
        {
            if (link.StartDate <= date && (link.EndDate is not { } end || date < end))
            {
                links++;
            }
        }

        var total = enterprises.Count;
        var outcomes = new IndicatorOutcome[Codes.Length];
        for (var i = 0; i < Codes.Length; i++)
        {
            outcomes[i] = Codes[i] switch
            {
                "ENV.1" => links >= 1 ? IndicatorOutcome.Met : IndicatorOutcome.NotMet,
                "ENV.2" => Share(recp, total, recpUnknown, 20),
                "ENV.3" => park.Answers.TryGetValue("ENV.3", out var a) && a is QuantityRatioAnswer q && q.Unit == "m3" && q.Whole > 0 && q.Part >= 0 && q.Part <= q.Whole
                    ? IndicatorOutcome.Met
                    : IndicatorOutcome.NotReported,
                "PM.4" when park.Stage == ParkStage.Existing => IndicatorOutcome.NotApplicable,
                "SOC.1" => Share(grievance, big, bigUnknown + grievanceUnknown, 75),
                "SOC.2" => Share(disclose, total, discloseUnknown, 75),
                "SOC.4" => Share(gender, big, bigUnknown + genderUnknown, 75),
                "SOC.6" => Share(harassment, total, harassmentUnknown, 75),
                var code => park.Answers.TryGetValue(code, out var answer) && answer is YesNoAnswer yesNo
                    ? (yesNo.Value ? IndicatorOutcome.Met : IndicatorOutcome.NotMet)
                    : IndicatorOutcome.NotReported,
            };
        }

        return outcomes;
    }

    private static void Tally(bool? fact, ref int yes, ref int unknown)
    {
        if (fact is null)
        {
            unknown++;
        }
        else if (fact.Value)
        {
            yes++;
        }
    }

    private static IndicatorOutcome Share(int numerator, int population, int unknown, int percent) =>
        unknown > 0 || population == 0 ? IndicatorOutcome.NotReported
        : numerator * 100 >= percent * population ? IndicatorOutcome.Met
        : IndicatorOutcome.NotMet;
}
