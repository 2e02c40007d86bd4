using Certification.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Certification.Web.Infrastructure.Identity;

/// <summary>Identity's password and user-name errors in the user's language.</summary>
public sealed class LocalisedIdentityErrorDescriber(IStringLocalizer<SharedResource> l) : IdentityErrorDescriber
{
    private IdentityError Error(string code, string text, params object[] arguments) =>
        new() { Code = code, Description = l[text, arguments] };

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), "Mật khẩu phải có ít nhất {0} ký tự.", length);
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Mật khẩu phải có ít nhất một chữ số.");
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Mật khẩu phải có ít nhất một chữ thường.");
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Mật khẩu phải có ít nhất một chữ hoa.");
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Mật khẩu hiện tại không đúng.");
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), "Email {0} đã được sử dụng.", email);
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), "Tên đăng nhập {0} đã được sử dụng.", userName);
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), "Email {0} không hợp lệ.", email ?? "");
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Mã xác thực không hợp lệ hoặc đã hết hạn.");
}
