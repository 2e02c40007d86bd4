using Certification.Web.Tests.Infrastructure;

namespace Certification.Web.Tests.Pages.Account;

internal static class TwoFactorCodes
{
    /// <summary>A 6-digit code that no time step near now accepts (Identity allows some clock drift either way).</summary>
    public static string Wrong(string key)
    {
        var now = DateTimeOffset.UtcNow;
        var accepted = Enumerable.Range(-10, 21).Select(step => Totp.Code(key, now.AddSeconds(30 * step))).ToHashSet();
        return Enumerable.Range(0, 1_000_000).Select(n => n.ToString("D6")).First(code => !accepted.Contains(code));
    }
}
