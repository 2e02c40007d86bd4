using Certification.Criteria.Indicators;
using Certification.Criteria.Wording;

namespace Certification.Criteria.Evaluation;

/// <summary>
/// Evaluates <see cref="IndicatorKind.Ratio"/> over the park's enterprises: those having the attribute ÷ those in
/// the population, in percent. Complete-data rule: when any enterprise lacks the filter field (so it cannot be placed
/// in or out of the population) or, being in the population, lacks the attribute, the indicator is NotReported and
/// the sentence names how many; a share computed from partial data is never shown as the park's figure. A population
/// of zero is NotReported too, because the share does not exist. Reads the <see cref="EnterpriseFacts"/> the set
/// extracted once for all its ratios.
/// </summary>
internal sealed class EnterpriseRatioRule : IndicatorRule
{
    private readonly EnterpriseAttribute _attribute;
    private readonly PopulationFilter? _population;

    public EnterpriseRatioRule(Indicator indicator)
        : base(indicator)
    {
        _attribute = indicator.Attribute!.Value;
        _population = indicator.Population;
    }

    protected override IndicatorResult EvaluateApplicable(EvaluationContext context)
    {
        if (context.EnterpriseFacts is { } shared)
        {
            return Complete(context, shared);
        }

        var needed = new bool[Enum.GetValues<EnterpriseAttribute>().Length];
        needed[(int)_attribute] = true;
        using var own = EnterpriseFacts.Extract(context.EnterpriseSpan, needed, _population is null ? [] : [_population]);
        return Complete(context, own);
    }

    private IndicatorResult Complete(EvaluationContext context, EnterpriseFacts facts)
    {
        var attribute = facts.Of(_attribute);
        var members = _population is null ? facts.Everyone : facts.MembersOf(_population);
        var counted = new IndexSet(facts.Count);
        var unreported = new IndexSet(facts.Count);
        var (population, unknownField, unknownAttribute) = FactScan.Run(members, attribute, counted, unreported);

        if (unreported.Count > 0)
        {
            return Unreported(context, facts.Count, population, unknownField, unknownAttribute)
                with { UnreportedEnterpriseIds = unreported.SelectFrom(facts.Ids) };
        }

        var writer = context.Writer;
        var filter = writer.Population(_population);
        if (population == 0)
        {
            return Result(context, IndicatorOutcome.NotReported, writer.Say(Phrase.RatioNoPopulation, filter), writer.Say(Phrase.RemedyNoPopulation, filter))
                with { Numerator = 0, Denominator = 0 };
        }

        var numerator = counted.Count;
        var percent = numerator * 100m / population;
        var shownNumerator = writer.Integer(numerator);
        var shownPopulation = writer.Integer(population);
        IndicatorResult result;
        if (Indicator.Threshold is not { } threshold)
        {
            var sentence = writer.Say(Phrase.RatioReported, shownNumerator, shownPopulation, writer.Enterprises(population), filter, writer.Percent(percent, null, true));
            result = Result(context, IndicatorOutcome.Met, sentence);
        }
        else
        {
            var met = threshold.IsMetByShare(numerator, population);
            var shown = writer.Percent(percent, threshold, met);
            var limit = writer.Number(threshold.Value);
            var sentence = writer.Say(Phrase.RatioCompared, shownNumerator, shownPopulation, writer.Enterprises(population), filter, shown, writer.Symbol(threshold.Operator, met), limit);
            result = Result(context, OutcomeOf(met), sentence, met ? null : Remedy(writer, threshold, numerator, population, shown, limit, filter));
        }

        return result with { Value = percent, Unit = "%", Numerator = numerator, Denominator = population, EnterpriseIds = counted.SelectFrom(facts.Ids) };
    }

    private IndicatorResult Unreported(EvaluationContext context, int total, int population, int unknownField, int unknownAttribute)
    {
        var writer = context.Writer;
        var parts = new List<string>(2);
        var remedies = new List<string>(2);
        if (unknownField > 0)
        {
            var noun = writer.FieldNoun(_population!.Field);
            parts.Add(writer.Say(Phrase.UnreportedField, writer.Integer(unknownField), writer.Integer(total), noun));
            remedies.Add(writer.Say(Phrase.RemedyReportField, writer.Integer(unknownField), writer.Enterprises(unknownField), noun));
        }

        if (unknownAttribute > 0)
        {
            var verb = writer.Verb(_attribute);
            parts.Add(writer.Say(Phrase.UnreportedAttribute, writer.Integer(unknownAttribute), writer.Integer(population), verb));
            remedies.Add(writer.Say(Phrase.RemedyReportAttribute, writer.Integer(unknownAttribute), writer.Enterprises(unknownAttribute), verb));
        }

        return Result(context, IndicatorOutcome.NotReported, writer.Say(Phrase.RatioUnreported, string.Join("; ", parts)), string.Join(" ", remedies));
    }

    /// <summary>"k more enterprises must …" when the share must rise to at least/more than the threshold and can; otherwise the plain target.</summary>
    private string Remedy(SentenceWriter writer, Threshold threshold, int numerator, int population, string shown, string limit, string filter)
    {
        var exact = threshold.Value * population / 100m;
        var needed = threshold.Operator switch
        {
            ComparisonOperator.AtLeast => (int)Math.Ceiling(exact),
            ComparisonOperator.MoreThan => (int)Math.Floor(exact) + 1,
            _ => (int?)null,
        };
        if (needed is { } minimum && minimum > numerator && minimum <= population)
        {
            var missing = minimum - numerator;
            return writer.Say(Phrase.RemedyMoreEnterprises, writer.Integer(missing), writer.Enterprises(missing), filter, writer.Verb(_attribute));
        }

        return writer.Say(Phrase.RemedyPercent, writer.Symbol(threshold.Operator, true), limit, shown);
    }
}
