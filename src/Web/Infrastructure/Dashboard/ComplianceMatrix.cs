using Certification.Criteria.Evaluation;
using Certification.Web.Domain.Parks;

namespace Certification.Web.Infrastructure.Dashboard;

/// <summary>
/// Parks × indicators of today's evaluation against the national park set in force: the heat map. Every park is
/// evaluated on the same date against the same set version, so the columns are the same for every row.
/// </summary>
/// <param name="Indicators">The set's indicators in set order.</param>
/// <param name="Parks">One row per evaluated park, in park-name order.</param>
public sealed record ComplianceMatrix(IReadOnlyList<MatrixIndicator> Indicators, IReadOnlyList<MatrixPark> Parks)
{
    public static ComplianceMatrix From(IReadOnlyList<Park> parks, IReadOnlyDictionary<Guid, SetEvaluation> evaluations)
    {
        var first = parks.Select(p => evaluations.GetValueOrDefault(p.Id)).FirstOrDefault(e => e is not null);
        if (first is null)
            return new ComplianceMatrix([], []);
        var indicators = first.Indicators.Select(r => new MatrixIndicator(r.Code, r.Title, r.IsMandatory)).ToList();
        var rows = parks.Where(p => evaluations.ContainsKey(p.Id)).Select(p =>
        {
            var evaluation = evaluations[p.Id];
            return new MatrixPark(p.Id, p.Name, p.IsDemo, evaluation.Indicators.ToDictionary(r => r.Code, r => r.Outcome, StringComparer.Ordinal),
                evaluation.MetCount, evaluation.ApplicableCount, evaluation.CompliancePercent);
        }).ToList();
        return new ComplianceMatrix(indicators, rows);
    }

    /// <summary>How many parks have <paramref name="outcome"/> on indicator <paramref name="code"/>.</summary>
    public int Count(string code, IndicatorOutcome outcome) => Parks.Count(p => p.Outcomes.GetValueOrDefault(code, IndicatorOutcome.NotApplicable) == outcome);
}

public sealed record MatrixIndicator(string Code, string Title, bool IsMandatory);

/// <param name="CompliancePercent">Met ÷ applicable × 100 (NotReported counts as not met); null when nothing applies.</param>
public sealed record MatrixPark(Guid ParkId, string ParkName, bool IsDemo, IReadOnlyDictionary<string, IndicatorOutcome> Outcomes,
    int MetCount, int ApplicableCount, decimal? CompliancePercent);
