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

    [Fact]
    public void EvidenceTypeNames_EveryTypeOfTheNationalSets_HasVietnameseAndEnglish()
    {
        var codes = Directory.GetFiles(Path.Combine(AppProcess.RepositoryRoot(), "src", "Criteria", "Sets"), "national-*.json")
            .SelectMany(file => System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))!["indicators"]!.AsArray())
            .SelectMany(indicator => indicator!["evidenceTypes"]?.AsArray().Select(code => (string)code!) ?? [])
            .Distinct().ToList();

        Assert.Equal(28, codes.Count);
        Assert.All(codes, code => Assert.True(CriteriaText.EvidenceTypeNames.ContainsKey(code), $"No Vietnamese name for evidence type {code}"));
        Assert.All(CriteriaText.EvidenceTypeNames.Values, name => Assert.True(English.Contains(name), $"No English for \"{name}\""));
    }

    [Theory]
    [InlineData("Decree 35/2022/NĐ-CP Art 37.1, 38, 40.1; Circular 05/2025/TT-BKHĐT forms A.5 and B.5",
        "khoản 1 Điều 37, Điều 38, khoản 1 Điều 40 Nghị định 35/2022/NĐ-CP; Thông tư 05/2025/TT-BKHĐT, mẫu A.5 và B.5")]
    [InlineData("Decree 35/2022/NĐ-CP Art 37.1 (at least 1 symbiosis); Circular 05/2025/TT-BKHĐT Art 2.1, form A.5",
        "khoản 1 Điều 37 Nghị định 35/2022/NĐ-CP (ít nhất 1 liên kết cộng sinh); khoản 1 Điều 2 Thông tư 05/2025/TT-BKHĐT, mẫu A.5")]
    [InlineData("Decree 35/2022/NĐ-CP Art 37.2 (3); Circular 05/2025/TT-BKHĐT form B.5",
        "khoản 2 Điều 37 Nghị định 35/2022/NĐ-CP (3); Thông tư 05/2025/TT-BKHĐT, mẫu B.5")]
    [InlineData("Provincial decision 12/2026/QĐ-UBND (local rule)", "Provincial decision 12/2026/QĐ-UBND (local rule)")]
    public void LegalText_InVietnamese_NamesTheClauseAndArticleBeforeTheAct(string stored, string expected) =>
        Assert.Equal(expected, CriteriaText.LegalText(stored, Certification.Criteria.Wording.Language.Vietnamese));

    [Fact]
    public void LegalText_InEnglish_IsAsStored() =>
        Assert.Equal("Decree 35/2022/NĐ-CP Art 38", CriteriaText.LegalText("Decree 35/2022/NĐ-CP Art 38", Certification.Criteria.Wording.Language.English));
}
