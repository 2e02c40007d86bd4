using System.Security.Claims;
using Certification.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Certification.Web.Infrastructure.Identity;

public sealed class AppClaimsPrincipalFactory(
    UserManager<AppUser> userManager, RoleManager<AppRole> roleManager, IOptions<IdentityOptions> options, CertificationDbContext db)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == user.OrganisationId);
        identity.AddClaim(new Claim(AppClaims.OrganisationId, organisation.Id.ToString()));
        identity.AddClaim(new Claim(AppClaims.OrganisationKind, organisation.Kind.ToString()));
        if (organisation.ProvinceId is { } provinceId)
            identity.AddClaim(new Claim(AppClaims.ProvinceId, provinceId.ToString()));
        if (organisation.ReviewingBodyCode is { } code)
            identity.AddClaim(new Claim(AppClaims.ReviewingBodyCode, code));
        identity.AddClaim(new Claim(AppClaims.Culture, user.PreferredCulture));
        identity.AddClaim(new Claim(ClaimTypes.GivenName, user.DisplayName));
        if (user.MustChangePassword)
            identity.AddClaim(new Claim(AppClaims.MustChangePassword, "true"));
        if (user.TwoFactorEnabled)
            identity.AddClaim(new Claim(AppClaims.TwoFactorEnabled, "true"));
        return identity;
    }
}
