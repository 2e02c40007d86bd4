using System.ComponentModel.DataAnnotations;
using Certification.Web.Data;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Pages.Account;

/// <summary>The signed-in user's own account: name, language, two-factor status and password.</summary>
public sealed class ManageModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, CertificationDbContext db) : PageModel
{
    public const string StatusMessageKey = "Account.Status";

    // TempData carries the Vietnamese key; the view localises it.
    public const string ProfileSavedMessage = "Đã lưu thông tin tài khoản.";
    public const string PasswordChangedMessage = "Đã đổi mật khẩu.";
    public const string TwoFactorDisabledMessage = "Đã tắt xác thực hai lớp.";

    public string Email { get; private set; } = "";
    public string OrganisationName { get; private set; } = "";
    public OrganisationKind OrganisationKind { get; private set; }
    public IReadOnlyList<string> UserRoles { get; private set; } = [];
    public bool TwoFactorEnabled { get; private set; }
    public bool TwoFactorRequired { get; private set; }
    public int RecoveryCodesLeft { get; private set; }

    [TempData(Key = StatusMessageKey)]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    public sealed class ProfileInput
    {
        [Required(ErrorMessage = "Vui lòng nhập {0}.")]
        [StringLength(200, ErrorMessage = "{0} không được dài quá {1} ký tự.")]
        [Display(Name = "Họ và tên")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "Vui lòng nhập {0}.")]
        [RegularExpression("^(vi|en)$", ErrorMessage = "{0} không hợp lệ.")]
        [Display(Name = "Ngôn ngữ")]
        public string Culture { get; set; } = "vi";
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
            return Challenge();
        Input = new ProfileInput { DisplayName = user.DisplayName, Culture = user.PreferredCulture };
        await LoadAsync(user, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
            return Challenge();
        if (!ModelState.IsValid)
        {
            await LoadAsync(user, cancellationToken);
            return Page();
        }
        user.DisplayName = Input.DisplayName.Trim();
        user.PreferredCulture = Input.Culture;
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(string.Empty, error.Description);
            await LoadAsync(user, cancellationToken);
            return Page();
        }
        // The language cookie outranks the saved preference (see LocalisationRegistration), so keep the two equal.
        Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(user.PreferredCulture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
        await signIn.RefreshSignInAsync(user);
        StatusMessage = ProfileSavedMessage;
        return RedirectToPage();
    }

    private async Task LoadAsync(AppUser user, CancellationToken cancellationToken)
    {
        Email = user.Email ?? "";
        var organisation = await db.Organisations.AsNoTracking()
            .Where(o => o.Id == user.OrganisationId)
            .Select(o => new { o.Name, o.Kind })
            .SingleAsync(cancellationToken);
        OrganisationName = organisation.Name;
        OrganisationKind = organisation.Kind;
        UserRoles = [.. await users.GetRolesAsync(user)];
        TwoFactorEnabled = await users.GetTwoFactorEnabledAsync(user);
        TwoFactorRequired = UserRoles.Any(Roles.RequireTwoFactor.Contains);
        RecoveryCodesLeft = TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0;
    }
}
