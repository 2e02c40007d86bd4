using Certification.Criteria.Indicators;
using Certification.Criteria.Inputs;
using Certification.Criteria.Wording;

namespace Certification.Criteria.Evaluation;

/// <summary>Evaluates <see cref="IndicatorKind.YesNo"/>: Met on a yes answer, NotMet on no, NotReported without an answer.</summary>
internal sealed class YesNoRule(Indicator indicator) : IndicatorRule(indicator)
{
    protected override IndicatorResult EvaluateApplicable(EvaluationContext context)
    {
        if (!TryGetAnswer<YesNoAnswer>(context, out var answer, out var notReported))
        {
            return notReported;
        }

        var writer = context.Writer;
        var result = answer.Value
            ? Result(context, IndicatorOutcome.Met, writer.Say(Phrase.AnsweredYes, writer.Integer(answer.EvidenceIds.Count), writer.EvidenceItems(answer.EvidenceIds.Count)))
            : Result(context, IndicatorOutcome.NotMet, writer.Say(Phrase.AnsweredNo), writer.Say(Phrase.RemedyAnswerYes, writer.Title(Indicator.Title)));
        return result with { EvidenceIds = answer.EvidenceIds };
    }
}
