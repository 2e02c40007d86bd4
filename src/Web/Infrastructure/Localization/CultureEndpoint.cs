using Certification.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;

namespace Certification.Web.Infrastructure.Localization;

public static class CultureEndpoint
{
    /// <summary>POST /culture (form: culture=vi|en, returnUrl): switches the language and saves it on the user.</summary>
    public static void MapCulture(this WebApplication app) =>
        app.MapPost("/culture", async (HttpContext context, UserManager<AppUser> users, SignInManager<AppUser> signIn) =>
        {
            var form = await context.Request.ReadFormAsync();
            var culture = form["culture"].ToString() == "en" ? "en" : "vi";
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            if (context.User.Identity?.IsAuthenticated == true && await users.GetUserAsync(context.User) is { } user)
            {
                user.PreferredCulture = culture;
                await users.UpdateAsync(user);
                await signIn.RefreshSignInAsync(user);
            }
            var returnUrl = form["returnUrl"].ToString();
            return Results.LocalRedirect(Uri.IsWellFormedUriString(returnUrl, UriKind.Relative) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") ? returnUrl : "/");
        }).AllowAnonymous();
}
