using Certification.Criteria.Indicators;
using Certification.Criteria.Inputs;
using Certification.Criteria.Wording;

namespace Certification.Criteria.Evaluation;

/// <summary>
/// An indicator compiled for evaluation: the kind-specific computation chosen once when the set is loaded.
/// The base checks applicability; subclasses compute the value.
/// </summary>
internal abstract class IndicatorRule
{
    protected IndicatorRule(Indicator indicator)
    {
        Indicator = indicator;
    }

    public Indicator Indicator { get; }

    public IndicatorResult Evaluate(EvaluationContext context)
    {
        var notApplicable = (Indicator.Applicability, context.Stage) switch
        {
            (Applicability.NewlyEstablishedParkOnly, ParkStage.Existing) => Phrase.NotApplicableNewParkOnly,
            (Applicability.ExistingParkOnly, ParkStage.NewlyEstablished) => Phrase.NotApplicableExistingParkOnly,
            _ => (Phrase?)null,
        };
        return notApplicable is { } phrase
            ? Result(context, IndicatorOutcome.NotApplicable, context.Writer.Say(phrase))
            : EvaluateApplicable(context);
    }

    protected abstract IndicatorResult EvaluateApplicable(EvaluationContext context);

    protected IndicatorResult Result(EvaluationContext context, IndicatorOutcome outcome, string sentence, string? remedy = null) => new()
    {
        Indicator = Indicator,
        Title = context.Writer.Title(Indicator.Title),
        Outcome = outcome,
        Sentence = sentence,
        Remedy = remedy,
    };

    /// <summary>Looks up the subject's answer for this indicator; on failure returns the NotReported result to give.</summary>
    protected bool TryGetAnswer<TAnswer>(EvaluationContext context, out TAnswer answer, out IndicatorResult notReported)
        where TAnswer : IndicatorAnswer
    {
        var writer = context.Writer;
        if (!context.Answers.TryGetValue(Indicator.Code, out var recorded))
        {
            answer = null!;
            notReported = Result(context, IndicatorOutcome.NotReported, writer.Say(Phrase.AnswerNotReported), ReportRemedy(writer));
            return false;
        }

        if (recorded is not TAnswer typed)
        {
            answer = null!;
            var sentence = writer.Say(Phrase.AnswerWrongKind, IndicatorVocabulary.NameOf(Indicator.Kind));
            notReported = Result(context, IndicatorOutcome.NotReported, sentence, ReportRemedy(writer)) with { EvidenceIds = recorded.EvidenceIds };
            return false;
        }

        answer = typed;
        notReported = null!;
        return true;
    }

    /// <summary>"Report and attach evidence: {title}." for an indicator whose answer is missing or unusable.</summary>
    protected string ReportRemedy(SentenceWriter writer) => writer.Say(Phrase.RemedyReport, writer.Title(Indicator.Title));

    protected static IndicatorOutcome OutcomeOf(bool met) => met ? IndicatorOutcome.Met : IndicatorOutcome.NotMet;
}
