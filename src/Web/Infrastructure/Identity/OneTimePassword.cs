using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Certification.Web.Infrastructure.Identity;

/// <summary>
/// The password an administrator hands to a new user, who must replace it at first sign-in.
/// Drawn from letters and digits that cannot be misread when read aloud or copied by hand (no 0/O, 1/l/I).
/// </summary>
public static class OneTimePassword
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";

    /// <summary>At least <see cref="PasswordOptions.RequiredLength"/> characters (and never fewer than 14),
    /// with an upper-case letter, a lower-case letter and a digit, so it always passes the policy.</summary>
    public static string Generate(PasswordOptions policy)
    {
        var length = Math.Max(14, policy.RequiredLength);
        var characters = new char[length];
        characters[0] = Pick(Upper);
        characters[1] = Pick(Lower);
        characters[2] = Pick(Digits);
        const string all = Upper + Lower + Digits;
        for (var i = 3; i < length; i++)
            characters[i] = Pick(all);
        RandomNumberGenerator.Shuffle(characters.AsSpan());
        return new string(characters);
    }

    private static char Pick(string alphabet) => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
}
