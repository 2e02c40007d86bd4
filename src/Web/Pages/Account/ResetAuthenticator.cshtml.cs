using Certification.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Certification.Web.Pages.Account;

/// <summary>
/// Moves the account to a new phone or app: a new key is issued and two-factor stays off until it is confirmed.
/// For roles that require two-factor the security gate then keeps the user on the set-up page, so this is no way out of it.
/// </summary>
public sealed class ResetAuthenticatorModel(UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
            return Challenge();
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage("./EnableAuthenticator");
    }
}
