using System.ComponentModel.DataAnnotations;
using System.Text;
using Certification.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Certification.Web.Pages.Account;

/// <summary>
/// Where the invitation mail's link leads: the invited user chooses a password without knowing the one-time one.
/// The link's token is a password-reset token; it expires (Outbox:InvitationLinkHours) and works once.
/// </summary>
[AllowAnonymous]
public sealed class SetPasswordModel(UserManager<AppUser> users) : PageModel
{
    public const string PasswordSetMessage = "Đã đặt mật khẩu. Hãy đăng nhập bằng e-mail và mật khẩu mới.";

    [BindProperty(SupportsGet = true)]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    /// <summary>False when the link is unknown, expired or used already.</summary>
    public bool LinkValid { get; private set; }

    public string Email { get; private set; } = "";

    public int MinimumLength => users.Options.Password.RequiredLength;

    public sealed class PasswordInput
    {
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

    public async Task OnGetAsync()
    {
        Response.Headers.CacheControl = "no-store";
        await CheckLinkAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Response.Headers.CacheControl = "no-store";
        var user = await CheckLinkAsync();
        if (user is null || !ModelState.IsValid)
            return Page();
        var result = await users.ResetPasswordAsync(user, DecodedToken()!, Input.NewPassword);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
                LinkValid = false;
            else
                ModelState.AddModelError("Input.NewPassword", string.Join(" ", result.Errors.Select(e => e.Description)));
            return Page();
        }
        user.MustChangePassword = false;
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        TempData[LoginStatusKey] = PasswordSetMessage;
        return RedirectToPage("./Login");
    }

    /// <summary>The TempData key the login page shows a status line from.</summary>
    public const string LoginStatusKey = "LoginStatus";

    private async Task<AppUser?> CheckLinkAsync()
    {
        var token = DecodedToken();
        var user = token is null ? null : await users.FindByIdAsync(UserId.ToString());
        LinkValid = user is not null && await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider,
            UserManager<AppUser>.ResetPasswordTokenPurpose, token!);
        Email = LinkValid ? user!.Email ?? "" : "";
        return LinkValid ? user : null;
    }

    private string? DecodedToken()
    {
        try
        {
            return string.IsNullOrEmpty(Token) ? null : Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Token));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
