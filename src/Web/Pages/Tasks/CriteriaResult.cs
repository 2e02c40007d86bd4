using Certification.Criteria.Evaluation;
using Certification.Web.Infrastructure.Assessment;

namespace Certification.Web.Pages.Tasks;

/// <summary>The criteria result a decision step shows (park or enterprise): set id and version, reporting year read, result tree.</summary>
public sealed record CriteriaResult(string SetId, int SetVersion, int ReportingYear, SetEvaluation Evaluation)
{
    public static CriteriaResult From(ParkAssessmentResult park) => new(park.SetId, park.SetVersion, park.ReportingYear, park.Evaluation);

    public static CriteriaResult From(EnterpriseAssessmentResult enterprise) =>
        new(enterprise.SetId, enterprise.SetVersion, enterprise.ReportingYear, enterprise.Evaluation);
}
