using Certification.Web.Infrastructure.Identity;

namespace Certification.Web.Infrastructure;

/// <summary>
/// Before a signed-in user reaches anything else: a one-time password must be replaced, and Board, Committee and
/// Administrator users must set up an authenticator (TOTP). Account pages, static files and health stay reachable.
/// </summary>
public static class SecurityGates
{
    public static void UseSecurityGates(this WebApplication app) => app.Use(async (context, next) =>
    {
        var user = context.User;
        var path = context.Request.Path;
        var exempt = path.StartsWithSegments("/Account") || path.StartsWithSegments("/health")
            || path.StartsWithSegments("/culture") || path.StartsWithSegments("/css") || path.StartsWithSegments("/js")
            || path.StartsWithSegments("/Public");
        if (user.Identity?.IsAuthenticated == true && !exempt)
        {
            string? gate = null;
            if (user.HasClaim(AppClaims.MustChangePassword, "true"))
                gate = "/Account/ChangePassword";
            else if (!user.HasClaim(AppClaims.TwoFactorEnabled, "true") && Roles.RequireTwoFactor.Any(user.IsInRole))
                gate = "/Account/EnableAuthenticator";
            if (gate is not null)
            {
                if (path.StartsWithSegments("/api"))
                {
                    // Else status-code pages re-execute /Error, where this gate runs again and answers with a redirect.
                    if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } statusCodePages)
                        statusCodePages.Enabled = false;
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                }
                else
                    context.Response.Redirect(gate);
                return;
            }
        }
        await next();
    });
}
