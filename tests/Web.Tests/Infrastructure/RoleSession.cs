using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Identity;

namespace Certification.Web.Tests.Infrastructure;

/// <summary>
/// A new province, an organisation of the kind the role belongs to (<see cref="Roles.OrganisationKindFor"/>),
/// one user of the role in it, signed in. Reviewers get a national reviewing body (MAE).
/// </summary>
public sealed record RoleSession(Province Province, Organisation Organisation, TestWorld.TestUser User, HttpClient Client)
{
    public static async Task<RoleSession> StartAsync(TestApp app, string role, string culture = "vi")
    {
        var world = app.World();
        var province = await world.ProvinceAsync();
        var kind = Roles.OrganisationKindFor(role);
        var organisation = await world.OrganisationAsync(kind, kind == OrganisationKind.ReviewingBody ? null : province.Id);
        var user = await world.UserAsync(role, organisation.Id, culture: culture);
        return new RoleSession(province, organisation, user, await SignedInClient.SignInAsync(app, user));
    }
}
