namespace Certification.Web.Infrastructure.Assessment;

public static class AssessmentRegistration
{
    /// <summary>Indicator-set versions, the parsed-set cache and the park evaluator (issue #3).</summary>
    public static void AddAssessment(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ParsedIndicatorSets>();
        builder.Services.AddScoped<IndicatorSetVersions>();
        builder.Services.AddScoped<ParkEvaluator>();
        builder.Services.AddScoped<EnterpriseEvaluator>();
        builder.Services.AddScoped<NewParks.NewParkProgressQuery>();
        builder.Services.AddScoped<Pages.Criteria.CriteriaText>();
        builder.Services.AddScoped<Pages.Parks.ParkAnswerSaving>();
    }
}
