using Certification.Criteria.Indicators;
using Certification.Criteria.Inputs;
using Certification.Criteria.Wording;

namespace Certification.Criteria.Evaluation;

/// <summary>Evaluates <see cref="IndicatorKind.Number"/>: the reported number in the indicator's unit against the threshold.</summary>
internal sealed class NumberRule(Indicator indicator) : IndicatorRule(indicator)
{
    private readonly string _unit = indicator.Unit!;

    protected override IndicatorResult EvaluateApplicable(EvaluationContext context)
    {
        if (!TryGetAnswer<NumberAnswer>(context, out var answer, out var notReported))
        {
            return notReported;
        }

        var writer = context.Writer;
        if (!string.Equals(answer.Unit, _unit, StringComparison.Ordinal))
        {
            return Result(context, IndicatorOutcome.NotReported, writer.Say(Phrase.UnitMismatch, answer.Unit, _unit), ReportRemedy(writer))
                with { EvidenceIds = answer.EvidenceIds };
        }

        var value = writer.Number(answer.Value);
        IndicatorResult result;
        if (Indicator.Threshold is not { } threshold)
        {
            result = Result(context, IndicatorOutcome.Met, writer.Say(Phrase.NumberReported, value, _unit));
        }
        else
        {
            var met = threshold.IsMetBy(answer.Value);
            var limit = writer.Number(threshold.Value);
            var sentence = writer.Say(Phrase.NumberCompared, value, _unit, writer.Symbol(threshold.Operator, met), limit);
            var remedy = met ? null : writer.Say(Phrase.RemedyNumber, writer.Symbol(threshold.Operator, true), limit, _unit, value);
            result = Result(context, OutcomeOf(met), sentence, remedy);
        }

        return result with { Value = answer.Value, Unit = _unit, EvidenceIds = answer.EvidenceIds };
    }
}
