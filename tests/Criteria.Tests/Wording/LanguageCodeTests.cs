using System.Globalization;
using Certification.Criteria.Wording;

namespace Certification.Criteria.Tests.Wording;

public class LanguageCodeTests
{
    [Theory]
    [InlineData("vi", Language.Vietnamese)]
    [InlineData("VI", Language.Vietnamese)]
    [InlineData("vi-VN", Language.Vietnamese)]
    [InlineData("en", Language.English)]
    [InlineData("en-GB", Language.English)]
    [InlineData("en_US", Language.English)]
    public void Parse_KnownCode_ReturnsLanguage(string code, Language expected)
    {
        Assert.Equal(expected, LanguageCode.Parse(code));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("")]
    [InlineData("vie")]
    [InlineData("english")]
    public void Parse_UnknownCode_Throws(string code)
    {
        Assert.Throws<ArgumentException>(() => LanguageCode.Parse(code));
    }

    [Fact]
    public void FromCulture_VietnameseOrOther_MapsToVietnameseOrEnglish()
    {
        Assert.Equal(Language.Vietnamese, LanguageCode.FromCulture(new CultureInfo("vi-VN")));
        Assert.Equal(Language.English, LanguageCode.FromCulture(CultureInfo.InvariantCulture));
        Assert.Equal("vi", LanguageCode.Of(Language.Vietnamese));
    }
}
