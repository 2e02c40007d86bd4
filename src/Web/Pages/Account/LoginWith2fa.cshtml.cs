using System.ComponentModel.DataAnnotations;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Certification.Web.Pages.Account;

/// <summary>Second sign-in step for a user with an authenticator: the 6-digit code. Wrong codes count towards lock-out.</summary>
[AllowAnonymous]
public sealed class LoginWith2faModel(SignInManager<AppUser> signIn, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public TwoFactorInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class TwoFactorInput
    {
        [Required(ErrorMessage = "Vui lòng nhập {0}.")]
        [RegularExpression(@"^\s*\d{3}[\s-]?\d{3}\s*$", ErrorMessage = "{0} phải gồm 6 chữ số.")]
        [Display(Name = "Mã xác thực")]
        public string TwoFactorCode { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync()
    {
        // Reached only from the password step, which leaves the two-factor cookie behind.
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
            return RedirectToPage("./Login", new { ReturnUrl });
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            ModelState.AddModelError(string.Empty, l["Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại."]);
            return Page();
        }
        if (!ModelState.IsValid)
            return Page();
        var code = new string(Input.TwoFactorCode.Where(char.IsDigit).ToArray());
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        ModelState.AddModelError(result.IsLockedOut ? string.Empty : "Input.TwoFactorCode", result.IsLockedOut
            ? l["Tài khoản tạm bị khóa do nhập sai nhiều lần. Vui lòng thử lại sau."]
            : l["Mã xác thực không đúng."]);
        return Page();
    }
}
