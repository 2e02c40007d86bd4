using Certification.Criteria.Indicators;
using Certification.Criteria.Inputs;
using Certification.Criteria.Wording;

namespace Certification.Criteria.Evaluation;

/// <summary>
/// Evaluates <see cref="IndicatorKind.QuantityRatio"/>: part ÷ whole × 100 against a percent threshold. A whole of
/// zero or less, or a part outside 0…whole, is NotReported: the share does not exist or the data contradicts itself.
/// </summary>
internal sealed class QuantityRatioRule(Indicator indicator) : IndicatorRule(indicator)
{
    private readonly string _unit = indicator.Unit!;

    protected override IndicatorResult EvaluateApplicable(EvaluationContext context)
    {
        if (!TryGetAnswer<QuantityRatioAnswer>(context, out var answer, out var notReported))
        {
            return notReported;
        }

        var writer = context.Writer;
        if (!string.Equals(answer.Unit, _unit, StringComparison.Ordinal))
        {
            return Result(context, IndicatorOutcome.NotReported, writer.Say(Phrase.UnitMismatch, answer.Unit, _unit), ReportRemedy(writer))
                with { EvidenceIds = answer.EvidenceIds };
        }

        var part = writer.Number(answer.Part);
        var whole = writer.Number(answer.Whole);
        if (answer.Whole <= 0m)
        {
            return Result(context, IndicatorOutcome.NotReported, writer.Say(Phrase.ShareZeroWhole, _unit), ReportRemedy(writer))
                with { EvidenceIds = answer.EvidenceIds };
        }

        if (answer.Part < 0m || answer.Part > answer.Whole)
        {
            return Result(context, IndicatorOutcome.NotReported, writer.Say(Phrase.ShareInconsistent, part, whole, _unit), ReportRemedy(writer))
                with { EvidenceIds = answer.EvidenceIds };
        }

        var percent = answer.Part * 100m / answer.Whole;
        IndicatorResult result;
        if (Indicator.Threshold is not { } threshold)
        {
            result = Result(context, IndicatorOutcome.Met, writer.Say(Phrase.ShareReported, part, whole, _unit, writer.Percent(percent, null, true)));
        }
        else
        {
            var met = threshold.IsMetByShare(answer.Part, answer.Whole);
            var shown = writer.Percent(percent, threshold, met);
            var limit = writer.Number(threshold.Value);
            var sentence = writer.Say(Phrase.ShareCompared, part, whole, _unit, shown, writer.Symbol(threshold.Operator, met), limit);
            var remedy = met ? null : writer.Say(Phrase.RemedyPercent, writer.Symbol(threshold.Operator, true), limit, shown);
            result = Result(context, OutcomeOf(met), sentence, remedy);
        }

        return result with { Value = percent, Unit = "%", EvidenceIds = answer.EvidenceIds };
    }
}
