using System.Text.Json;
using System.Text.Json.Serialization;

namespace Certification.Web.Infrastructure.Assessment;

/// <summary>Writes the result tree of a park evaluation as the JSON kept in a ParkAssessmentRecord (an explicit projection, stable across engine changes).</summary>
internal static class AssessmentResultJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write(ParkAssessmentResult result)
    {
        var evaluation = result.Evaluation;
        return JsonSerializer.Serialize(new
        {
            result.SetId,
            result.SetVersion,
            EvaluatedOn = result.EvaluatedOn.ToString("yyyy-MM-dd"),
            result.ReportingYear,
            Language = evaluation.Language.ToString(),
            evaluation.MetCount,
            evaluation.ApplicableCount,
            evaluation.CompliancePercent,
            evaluation.AllMandatoryMet,
            evaluation.Summary,
            Indicators = evaluation.Indicators.Select(r => new
            {
                r.Code,
                r.Title,
                Outcome = r.Outcome.ToString(),
                r.IsMandatory,
                r.Value,
                r.Unit,
                Comparison = r.Threshold?.Operator.ToString(),
                Threshold = r.Threshold?.Value,
                r.Numerator,
                r.Denominator,
                r.Sentence,
                r.Remedy,
                r.EnterpriseIds,
                r.UnreportedEnterpriseIds,
                r.LinkIds,
                r.EvidenceIds,
            }),
            Gaps = evaluation.Gaps.Select(g => new { g.Code, Outcome = g.Outcome.ToString(), g.Sentence }),
        }, Options);
    }
}
