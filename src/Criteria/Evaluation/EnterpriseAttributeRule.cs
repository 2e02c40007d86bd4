using Certification.Criteria.Indicators;
using Certification.Criteria.Inputs;
using Certification.Criteria.Wording;

namespace Certification.Criteria.Evaluation;

/// <summary>
/// Evaluates <see cref="IndicatorKind.Attribute"/> for the applying enterprise: Met when it has the attribute.
/// With a population filter the indicator applies only to enterprises inside it (NotApplicable outside), and is
/// NotReported when the filter field is not reported.
/// </summary>
internal sealed class EnterpriseAttributeRule : IndicatorRule
{
    private readonly EnterpriseAttribute _attribute;
    private readonly PopulationFilter? _population;

    public EnterpriseAttributeRule(Indicator indicator)
        : base(indicator)
    {
        _attribute = indicator.Attribute!.Value;
        _population = indicator.Population;
    }

    protected override IndicatorResult EvaluateApplicable(EvaluationContext context)
    {
        var enterprise = context.SubjectEnterprise
            ?? throw new InvalidOperationException("Attribute indicators evaluate an enterprise; the loader keeps them out of park sets.");
        var writer = context.Writer;
        if (_population is not null)
        {
            if (EnterpriseReaders.Read(enterprise, _population.Field) is not { } fieldValue)
            {
                var noun = writer.FieldNoun(_population.Field);
                return Result(context, IndicatorOutcome.NotReported, writer.Say(Phrase.AttributeFieldUnreported, noun), writer.Say(Phrase.RemedyAttributeFieldUnreported, noun))
                    with { UnreportedEnterpriseIds = [enterprise.Id] };
            }

            if (!_population.Admits(fieldValue))
            {
                return Result(context, IndicatorOutcome.NotApplicable, writer.Say(Phrase.NotApplicableOutsidePopulation, writer.Population(_population), writer.Integer(fieldValue)));
            }
        }

        return EnterpriseReaders.Read(enterprise, _attribute) switch
        {
            true => Result(context, IndicatorOutcome.Met, writer.Say(Phrase.AttributeTrue, writer.VerbSingular(_attribute))) with { EnterpriseIds = [enterprise.Id] },
            false => Result(context, IndicatorOutcome.NotMet, writer.Say(Phrase.AttributeFalse, writer.Verb(_attribute)), writer.Say(Phrase.RemedyAttributeFalse, writer.Verb(_attribute))),
            null => Result(context, IndicatorOutcome.NotReported, writer.Say(Phrase.AttributeUnreported, writer.VerbSingular(_attribute)), writer.Say(Phrase.RemedyAttributeUnreported, writer.VerbSingular(_attribute)))
                with { UnreportedEnterpriseIds = [enterprise.Id] },
        };
    }
}
