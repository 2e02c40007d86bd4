using Certification.Criteria.Indicators;
using Certification.Criteria.Wording;

namespace Certification.Criteria.Evaluation;

/// <summary>
/// Evaluates <see cref="IndicatorKind.Count"/>: the symbiosis links operating on the evaluation date that pass the
/// filter (and, for an enterprise, involve it). Every link is one symbiosis. An empty registry is a count of zero,
/// not missing data: the registry is the subject's own report of its links.
/// </summary>
internal sealed class SymbiosisCountRule(Indicator indicator) : IndicatorRule(indicator)
{
    private readonly SymbiosisFilter _filter = indicator.SymbiosisFilter ?? SymbiosisFilter.Any;
    private readonly bool _filtered = indicator.SymbiosisFilter is { IsAny: false };

    protected override IndicatorResult EvaluateApplicable(EvaluationContext context)
    {
        var links = context.LinkSpan;
        var subject = context.SubjectEnterprise;
        var counted = new IndexSet(links.Length);
        var evidenceCount = 0;
        for (var i = 0; i < links.Length; i++)
        {
            var link = links[i];
            if (link.IsOperatingOn(context.Date) && (!_filtered || _filter.Admits(link)) && (subject is null || link.Involves(subject.Id)))
            {
                counted.Add(i);
                evidenceCount += link.EvidenceIds is string[] array ? array.Length : link.EvidenceIds.Count;
            }
        }

        var linkIds = new string[counted.Count];
        var evidenceIds = new string[evidenceCount];
        int nextLink = 0, nextEvidence = 0;
        foreach (var index in counted)
        {
            var link = links[index];
            linkIds[nextLink++] = link.Id;
            if (link.EvidenceIds is string[] array)
            {
                // Arrays are the common case; indexing them through IReadOnlyList costs an interface call per item.
                array.CopyTo(evidenceIds, nextEvidence);
                nextEvidence += array.Length;
            }
            else
            {
                // An index loop, not foreach: other lists (e.g. those collection expressions build) would allocate an enumerator per link.
                var evidence = link.EvidenceIds;
                for (var e = 0; e < evidence.Count; e++)
                {
                    evidenceIds[nextEvidence++] = evidence[e];
                }
            }
        }

        var writer = context.Writer;
        var count = linkIds.Length;
        var shownCount = writer.Integer(count);
        var date = writer.Date(context.Date);
        var filter = writer.SymbiosisFilter(_filter);
        IndicatorResult result;
        if (Indicator.Threshold is not { } threshold)
        {
            result = Result(context, IndicatorOutcome.Met, writer.Say(Phrase.LinksReported, shownCount, writer.Links(count), date, filter));
        }
        else
        {
            var met = threshold.IsMetBy(count);
            var limit = writer.Number(threshold.Value);
            var sentence = writer.Say(Phrase.LinksCompared, shownCount, writer.Links(count), date, filter, writer.Symbol(threshold.Operator, met), limit);
            result = Result(context, OutcomeOf(met), sentence, met ? null : Remedy(writer, threshold, count, limit));
        }

        return result with { Value = count, LinkIds = linkIds, EvidenceIds = evidenceIds };
    }

    private static string Remedy(SentenceWriter writer, Threshold threshold, int count, string limit)
    {
        var needed = threshold.Operator switch
        {
            ComparisonOperator.AtLeast => (int)Math.Ceiling(threshold.Value),
            ComparisonOperator.MoreThan => (int)Math.Floor(threshold.Value) + 1,
            _ => (int?)null,
        };
        if (needed is { } minimum && minimum > count)
        {
            var missing = minimum - count;
            return writer.Say(Phrase.RemedyMoreLinks, writer.Integer(missing), writer.Links(missing));
        }

        return writer.Say(Phrase.RemedyCount, writer.Symbol(threshold.Operator, true), limit, writer.Integer(count));
    }
}
