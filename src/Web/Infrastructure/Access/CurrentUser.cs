using System.Security.Claims;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Identity;

namespace Certification.Web.Infrastructure.Access;

/// <summary>The signed-in person as the access rules see them, read from the sign-in cookie's claims.</summary>
public sealed record CurrentUser(
    Guid UserId, string DisplayName, Guid OrganisationId, OrganisationKind OrganisationKind,
    Guid? ProvinceId, string? ReviewingBodyCode, IReadOnlySet<string> Roles)
{
    public bool IsIn(string role) => Roles.Contains(role);

    public static CurrentUser? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true
            || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
            || !Guid.TryParse(principal.FindFirstValue(AppClaims.OrganisationId), out var organisationId)
            || !Enum.TryParse<OrganisationKind>(principal.FindFirstValue(AppClaims.OrganisationKind), out var kind))
            return null;
        Guid? provinceId = Guid.TryParse(principal.FindFirstValue(AppClaims.ProvinceId), out var province) ? province : null;
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new CurrentUser(userId, principal.FindFirstValue(ClaimTypes.GivenName) ?? principal.Identity.Name ?? "",
            organisationId, kind, provinceId, principal.FindFirstValue(AppClaims.ReviewingBodyCode), roles);
    }
}
