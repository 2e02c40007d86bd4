using Certification.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Certification.Web.Tests.Infrastructure.Identity;

public sealed class OneTimePasswordTests
{
    [Theory]
    [InlineData(10, 14)]
    [InlineData(14, 14)]
    [InlineData(20, 20)]
    public void Generate_ForPolicyLength_MeetsLengthAndCharacterClasses(int requiredLength, int expectedLength)
    {
        for (var i = 0; i < 200; i++)
        {
            var password = OneTimePassword.Generate(new PasswordOptions { RequiredLength = requiredLength });

            Assert.Equal(expectedLength, password.Length);
            Assert.Contains(password, char.IsUpper);
            Assert.Contains(password, char.IsLower);
            Assert.Contains(password, char.IsDigit);
            Assert.DoesNotContain(password, c => "0O1lI".Contains(c));
        }
    }

    [Fact]
    public void Generate_CalledTwice_GivesDifferentPasswords()
    {
        var policy = new PasswordOptions { RequiredLength = 10 };

        Assert.NotEqual(OneTimePassword.Generate(policy), OneTimePassword.Generate(policy));
    }
}
