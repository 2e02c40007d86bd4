using BenchmarkDotNet.Attributes;
using Certification.Criteria.Evaluation;
using Certification.Criteria.Indicators;
using Certification.Criteria.Inputs;
using Certification.Criteria.Sets;
using Certification.Criteria.Wording;

namespace Certification.Criteria.Benchmarks;

/// <summary>
/// Evaluates the full national park set for a park of 5,000 enterprises and 2,000 symbiosis links, against the
/// hand-written loop computing the same outcomes. Goal: engine median ≤ 2 ms and ≤ 3× the hand-written loop.
/// </summary>
[MemoryDiagnoser]
public class NationalParkEvaluationBenchmark
{
    private IndicatorSet _set = null!;
    private ParkEvaluationData _park = null!;

    [GlobalSetup]
    public void Setup()
    {
        _set = NationalIndicatorSets.EcoIndustrialPark;
        _park = GeneratedPark.Create(enterpriseCount: 5_000, linkCount: 2_000);

        // The comparison is only fair if both compute the same outcomes.
        var engine = _set.Evaluate(_park, GeneratedPark.EvaluationDate, Language.English).Indicators.Select(r => (r.Code, r.Outcome));
        var byHand = HandWrittenNationalEvaluation.Codes.Zip(HandWrittenNationalEvaluation.Evaluate(_park, GeneratedPark.EvaluationDate));
        if (!engine.SequenceEqual(byHand))
        {
            throw new InvalidOperationException("The hand-written loop and the engine disagree: " + string.Join(", ", engine.Except(byHand)));
        }
    }

    [Benchmark(Baseline = true, Description = "Hand-written loop (outcomes only)")]
    public IndicatorOutcome[] HandWritten() => HandWrittenNationalEvaluation.Evaluate(_park, GeneratedPark.EvaluationDate);

    [Benchmark(Description = "Engine, English sentences")]
    public SetEvaluation EngineEnglish() => _set.Evaluate(_park, GeneratedPark.EvaluationDate, Language.English);

    [Benchmark(Description = "Engine, Vietnamese sentences")]
    public SetEvaluation EngineVietnamese() => _set.Evaluate(_park, GeneratedPark.EvaluationDate, Language.Vietnamese);
}
