using System.Xml.Linq;
using Certification.Criteria.Evaluation;
using Certification.Criteria.Indicators;
using Certification.Criteria.Inputs;
using Certification.Criteria.Loading;
using Certification.Web.Pages.Criteria;
using Certification.Web.Tests.Infrastructure;

namespace Certification.Web.Tests.Pages.Criteria;

/// <summary>Every value of every criteria vocabulary shown on pages has its own Vietnamese wording and an English translation.</summary>
public sealed class CriteriaTextTests
{
    private static readonly HashSet<string> English = XDocument
        .Load(Path.Combine(AppProcess.RepositoryRoot(), "src", "Web", "Resources", "Pages", "Criteria", "CriteriaText.en.resx"))
        .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

    private static void AssertWorded<TEnum>(Func<TEnum, string> vietnamese) where TEnum : struct, Enum
    {
        var words = Enum.GetValues<TEnum>().Select(vietnamese).ToList();
        Assert.Equal(words.Count, words.Distinct().Count());
        Assert.All(words, word => Assert.True(English.Contains(word), $"No English for \"{word}\" ({typeof(TEnum).Name})"));
    }

    [Fact]
    public void ProblemWording_EveryValidationProblemKind_HasVietnameseAndEnglish()
    {
        Assert.Equal(32, Enum.GetValues<ValidationProblemKind>().Length); // if the engine adds a kind, word it in ProblemWording
        AssertWorded<ValidationProblemKind>(ProblemWording.Vietnamese);
    }

    [Fact]
    public void Vietnamese_EveryVocabularyValue_HasItsOwnWordsAndEnglish()
    {
        AssertWorded<IndicatorOutcome>(CriteriaText.Vietnamese);
        AssertWorded<IndicatorGroup>(CriteriaText.Vietnamese);
        AssertWorded<IndicatorKind>(CriteriaText.Vietnamese);
        AssertWorded<Applicability>(CriteriaText.Vietnamese);
        AssertWorded<ReviewingBody>(CriteriaText.Vietnamese);
        AssertWorded<Provenance>(CriteriaText.Vietnamese);
        AssertWorded<ComparisonOperator>(CriteriaText.Vietnamese);
        AssertWorded<SymbiosisType>(CriteriaText.Vietnamese);
        AssertWorded<PartnerLocation>(CriteriaText.Vietnamese);
        AssertWorded<IsoStandard>(CriteriaText.Vietnamese);
        AssertWorded<EnterpriseAttribute>(CriteriaText.Vietnamese);
    }
}
