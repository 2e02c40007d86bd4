using Certification.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Certification.Web.Pages.Account;

/// <summary>Turns two-factor off for a user who opted in; roles in <see cref="Roles.RequireTwoFactor"/> may not.</summary>
public sealed class DisableTwoFactorModel(UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    public bool IsRequired => Roles.RequireTwoFactor.Any(User.IsInRole);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (IsRequired)
            return Forbid();
        var user = await users.GetUserAsync(User);
        if (user is null)
            return Challenge();
        await users.SetTwoFactorEnabledAsync(user, false);
        await signIn.RefreshSignInAsync(user);
        TempData[ManageModel.StatusMessageKey] = ManageModel.TwoFactorDisabledMessage;
        return RedirectToPage("./Manage");
    }
}
