namespace Certification.Web.Api;

public static class ApiRegistration
{
    public static void MapApis(this WebApplication app)
    {
        var api = app.MapGroup("/api").RequireAuthorization();
        api.MapEvidenceApi();
        api.MapParksApi();
        api.MapEnterprisesApi();
        api.MapApplicationsApi();
    }
}
