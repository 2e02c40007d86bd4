using Certification.Criteria.Indicators;
using Certification.Criteria.Wording;

namespace Certification.Criteria.Tests.Wording;

public class SentenceWriterTests
{
    private static readonly Threshold AtLeast20 = new(ComparisonOperator.AtLeast, 20m);

    /// <summary>percent, met, English text, Vietnamese text.</summary>
    public static readonly TheoryData<decimal, bool, string, string> Percents = new()
    {
        { 21.6216m, true, "21.6", "21,6" },
        { 20m, true, "20.0", "20,0" },
        { 19.96m, false, "19.96", "19,96" },
        { 19.996m, false, "19.996", "19,996" },
        { 19.99999m, false, "19.999", "19,999" },
        { 1234.5m, true, "1,234.5", "1.234,5" },
    };

    [Theory]
    [MemberData(nameof(Percents))]
    public void Percent_Value_NeverContradictsTheOutcomeAndUsesTheLanguageSeparators(decimal percent, bool met, string english, string vietnamese)
    {
        Assert.Equal(english, SentenceWriter.English.Percent(percent, AtLeast20, met));
        Assert.Equal(vietnamese, SentenceWriter.Vietnamese.Percent(percent, AtLeast20, met));
    }

    [Fact]
    public void Integer_Thousands_AreGroupedPerLanguage()
    {
        Assert.Equal("5,000", SentenceWriter.English.Integer(5_000));
        Assert.Equal("5.000", SentenceWriter.Vietnamese.Integer(5_000));
    }

    [Fact]
    public void Date_PerLanguage_IsIsoInEnglishAndDayFirstInVietnamese()
    {
        Assert.Equal("2025-06-30", SentenceWriter.English.Date(new DateOnly(2025, 6, 30)));
        Assert.Equal("30/06/2025", SentenceWriter.Vietnamese.Date(new DateOnly(2025, 6, 30)));
    }

    [Theory]
    [InlineData(ComparisonOperator.AtLeast, true, "≥")]
    [InlineData(ComparisonOperator.AtLeast, false, "<")]
    [InlineData(ComparisonOperator.MoreThan, false, "≤")]
    [InlineData(ComparisonOperator.AtMost, false, ">")]
    [InlineData(ComparisonOperator.LessThan, false, "≥")]
    [InlineData(ComparisonOperator.EqualTo, true, "=")]
    [InlineData(ComparisonOperator.EqualTo, false, "≠")]
    public void Symbol_Outcome_ShowsTheOperatorOrItsNegation(ComparisonOperator op, bool holds, string expected)
    {
        Assert.Equal(expected, SentenceWriter.English.Symbol(op, holds));
    }

    [Fact]
    public void Say_EveryPhrase_HasTemplatesInBothLanguagesThatFormat()
    {
        var arguments = Enumerable.Range(0, 8).Select(i => (object?)$"<{i}>").ToArray();
        foreach (var phrase in Enum.GetValues<Phrase>())
        {
            var vietnamese = SentenceWriter.Vietnamese.Say(phrase, arguments);
            var english = SentenceWriter.English.Say(phrase, arguments);

            Assert.False(string.IsNullOrWhiteSpace(vietnamese), phrase.ToString());
            if (phrase != Phrase.NumberCompared)
            {
                // Only the bare "value unit op threshold unit" sentence is the same in both languages.
                Assert.NotEqual(vietnamese, english);
            }
        }
    }
}
