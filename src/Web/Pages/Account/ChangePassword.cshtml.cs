using System.ComponentModel.DataAnnotations;
using Certification.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Certification.Web.Pages.Account;

/// <summary>
/// Replaces the password. A user holding a one-time password is kept here by the security gate; once it is replaced
/// the flag is cleared and the cookie refreshed, so the next request goes through.
/// </summary>
public sealed class ChangePasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public bool IsOneTimePassword => User.HasClaim(AppClaims.MustChangePassword, "true");

    public int MinimumLength => users.Options.Password.RequiredLength;

    public sealed class PasswordInput
    {
        [Required(ErrorMessage = "Vui lòng nhập {0}.")]
        [DataType(DataType.Password)]
        [Display(Name = "Mật khẩu hiện tại")]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "Vui lòng nhập {0}.")]
        [StringLength(128, ErrorMessage = "{0} không được dài quá {1} ký tự.")]
        [DataType(DataType.Password)]
        [Display(Name = "Mật khẩu mới")]
        public string NewPassword { get; set; } = "";

        [Required(ErrorMessage = "Vui lòng nhập {0}.")]
        [DataType(DataType.Password)]
        [Compare(nameof(NewPassword), ErrorMessage = "Mật khẩu xác nhận không khớp.")]
        [Display(Name = "Xác nhận mật khẩu mới")]
        public string ConfirmPassword { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
            return Page();
        var user = await users.GetUserAsync(User);
        if (user is null)
            return Challenge();
        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            var mismatch = result.Errors.FirstOrDefault(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch));
            if (mismatch is not null)
                ModelState.AddModelError("Input.CurrentPassword", mismatch.Description);
            // One message holding every unmet rule: a field shows only its first error.
            var policy = result.Errors.Where(e => e != mismatch).Select(e => e.Description).ToList();
            if (policy.Count > 0)
                ModelState.AddModelError("Input.NewPassword", string.Join(" ", policy));
            return Page();
        }
        var wasOneTime = user.MustChangePassword;
        if (wasOneTime)
        {
            user.MustChangePassword = false;
            await users.UpdateAsync(user);
        }
        // Changing the password renews the security stamp; without a fresh cookie the user would be signed out.
        await signIn.RefreshSignInAsync(user);
        if (wasOneTime)
            return LocalRedirect("/");
        TempData[ManageModel.StatusMessageKey] = ManageModel.PasswordChangedMessage;
        return RedirectToPage("./Manage");
    }
}
