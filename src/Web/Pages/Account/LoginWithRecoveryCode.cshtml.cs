using System.ComponentModel.DataAnnotations;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Certification.Web.Pages.Account;

/// <summary>Second sign-in step when the authenticator is lost: one of the recovery codes shown at enrolment, each usable once.</summary>
[AllowAnonymous]
public sealed class LoginWithRecoveryCodeModel(SignInManager<AppUser> signIn, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public RecoveryInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class RecoveryInput
    {
        [Required(ErrorMessage = "Vui lòng nhập {0}.")]
        [StringLength(20, ErrorMessage = "{0} không được dài quá {1} ký tự.")]
        [Display(Name = "Mã khôi phục")]
        public string RecoveryCode { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync()
    {
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
        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(Input.RecoveryCode.Replace(" ", "").Trim());
        if (result.Succeeded)
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        ModelState.AddModelError(result.IsLockedOut ? string.Empty : "Input.RecoveryCode", result.IsLockedOut
            ? l["Tài khoản tạm bị khóa do nhập sai nhiều lần. Vui lòng thử lại sau."]
            : l["Mã khôi phục không đúng hoặc đã được dùng."]);
        return Page();
    }
}
