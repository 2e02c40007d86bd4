using Certification.Criteria.Indicators;
using Certification.Criteria.Wording;

namespace Certification.Criteria.Evaluation;

/// <summary>Runs the compiled rules of one set and assembles the result tree, totals and gap list.</summary>
internal sealed class SetEvaluator
{
    private readonly IndicatorSet _set;
    private readonly IndicatorRule[] _rules;
    private readonly bool[]? _neededAttributes;
    private readonly PopulationFilter[] _populationFilters;
    private readonly (IndicatorGroup Group, int[] Positions)[] _groups;

    public SetEvaluator(IndicatorSet set)
    {
        _set = set;
        _rules = set.Indicators.Select(Compile).ToArray();
        _groups = set.Indicators
            .Select((indicator, position) => (indicator.Group, position))
            .GroupBy(p => p.Group)
            .Select(g => (g.Key, g.Select(p => p.position).ToArray()))
            .ToArray();
        var ratios = set.Indicators.Where(i => i.Kind == IndicatorKind.Ratio).ToList();
        _populationFilters = ratios.Where(i => i.Population is not null).Select(i => i.Population!).Distinct().ToArray();
        if (ratios.Count > 0)
        {
            _neededAttributes = new bool[Enum.GetValues<EnterpriseAttribute>().Length];
            ratios.ForEach(i => _neededAttributes[(int)i.Attribute!.Value] = true);
        }
    }

    public SetEvaluation Evaluate(EvaluationContext context)
    {
        var results = new IndicatorResult[_rules.Length];
        context.EnterpriseFacts = _neededAttributes is null ? null : EnterpriseFacts.Extract(context.EnterpriseSpan, _neededAttributes, _populationFilters);
        try
        {
            for (var i = 0; i < _rules.Length; i++)
            {
                results[i] = _rules[i].Evaluate(context);
            }
        }
        finally
        {
            context.EnterpriseFacts?.Dispose();
            context.EnterpriseFacts = null;
        }

        var writer = context.Writer;
        int met = 0, applicable = 0;
        var gaps = new List<Gap>();
        foreach (var result in results)
        {
            if (result.Outcome != IndicatorOutcome.NotApplicable)
            {
                applicable++;
            }

            if (result.Outcome == IndicatorOutcome.Met)
            {
                met++;
            }
            else if (result.IsMandatory && result.Outcome != IndicatorOutcome.NotApplicable)
            {
                gaps.Add(new Gap { Result = result, Sentence = result.Remedy ?? result.Sentence });
            }
        }

        decimal? percent = applicable == 0 ? null : met * 100m / applicable;
        return new SetEvaluation
        {
            SetId = _set.SetId,
            SetVersion = _set.Version,
            SetTitle = writer.Title(_set.Title),
            SubjectKind = _set.SubjectKind,
            EvaluationDate = context.Date,
            Language = writer.Language,
            Indicators = results,
            Groups = Array.ConvertAll(_groups, g => new GroupResult
            {
                Group = g.Group,
                Title = writer.GroupTitle(g.Group),
                Indicators = Array.ConvertAll(g.Positions, position => results[position]),
            }),
            MetCount = met,
            ApplicableCount = applicable,
            CompliancePercent = percent,
            AllMandatoryMet = gaps.Count == 0,
            Gaps = gaps,
            Summary = Summary(writer, met, applicable, percent, gaps.Count),
        };
    }

    private static string Summary(SentenceWriter writer, int met, int applicable, decimal? percent, int gaps)
    {
        if (percent is not { } share)
        {
            return writer.Say(Phrase.SummaryNoApplicable);
        }

        var shown = writer.Percent(share, null, true);
        return gaps == 0
            ? writer.Say(Phrase.SummaryAllMandatoryMet, writer.Integer(met), writer.Integer(applicable), shown, writer.Indicators(applicable))
            : writer.Say(Phrase.SummaryMandatoryMissing, writer.Integer(met), writer.Integer(applicable), shown, writer.Indicators(applicable), writer.Integer(gaps), writer.Indicators(gaps));
    }

    private static IndicatorRule Compile(Indicator indicator) => indicator.Kind switch
    {
        IndicatorKind.YesNo => new YesNoRule(indicator),
        IndicatorKind.Count => new SymbiosisCountRule(indicator),
        IndicatorKind.Ratio => new EnterpriseRatioRule(indicator),
        IndicatorKind.QuantityRatio => new QuantityRatioRule(indicator),
        IndicatorKind.Number => new NumberRule(indicator),
        IndicatorKind.Attribute => new EnterpriseAttributeRule(indicator),
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator.Kind, "No rule for this indicator kind."),
    };
}
