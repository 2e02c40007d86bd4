using System.ComponentModel.DataAnnotations;
using System.Text;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using QRCoder;

namespace Certification.Web.Pages.Account;

/// <summary>
/// Sets up an authenticator app (TOTP). Board, Committee and Administrator users are sent here by the security gate
/// until they have one; everyone else may opt in from the account page. The recovery codes are shown once, on success.
/// </summary>
public sealed class EnableAuthenticatorModel(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, IConfiguration configuration, IStringLocalizer<SharedResource> l) : PageModel
{
    private const int RecoveryCodeCount = 10;

    public string SharedKey { get; private set; } = "";
    public string AuthenticatorUri { get; private set; } = "";
    public string QrCodeSvg { get; private set; } = "";
    public bool AlreadyEnabled { get; private set; }
    public bool IsRequired { get; private set; }
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    [BindProperty]
    public CodeInput Input { get; set; } = new();

    public sealed class CodeInput
    {
        [Required(ErrorMessage = "Vui lòng nhập {0}.")]
        [RegularExpression(@"^\s*\d{3}[\s-]?\d{3}\s*$", ErrorMessage = "{0} phải gồm 6 chữ số.")]
        [Display(Name = "Mã xác thực")]
        public string Code { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
            return Challenge();
        await ShowKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
            return Challenge();
        // An enrolled user changes the app through "reset", which issues a new key; the old one is never shown again.
        if (await users.GetTwoFactorEnabledAsync(user))
            return RedirectToPage("./Manage");
        if (!ModelState.IsValid)
        {
            await ShowKeyAsync(user);
            return Page();
        }
        var code = new string(Input.Code.Where(char.IsDigit).ToArray());
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError("Input.Code", l["Mã xác thực không đúng."]);
            await ShowKeyAsync(user);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        // A new cookie carries the cert:2fa claim, so the security gate lets the user through from the next request.
        await signIn.RefreshSignInAsync(user);
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    private async Task ShowKeyAsync(AppUser user)
    {
        IsRequired = Roles.RequireTwoFactor.Any(User.IsInRole);
        AlreadyEnabled = await users.GetTwoFactorEnabledAsync(user);
        if (AlreadyEnabled)
            return;
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("Identity issued no authenticator key.");
        }
        SharedKey = InGroupsOfFour(key);
        var issuer = configuration["Site:Name"] ?? "Certification";
        var account = await users.GetEmailAsync(user) ?? user.UserName ?? user.Id.ToString();
        AuthenticatorUri = $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(account)}"
            + $"?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits=6";
        QrCodeSvg = QrCode(AuthenticatorUri);
        Response.Headers.CacheControl = "no-store";
    }

    private static string InGroupsOfFour(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        return text.ToString().TrimEnd().ToLowerInvariant();
    }

    // Drawn on the server as inline SVG: the secret never leaves for a third-party QR service.
    private static string QrCode(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.Q);
        return new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
