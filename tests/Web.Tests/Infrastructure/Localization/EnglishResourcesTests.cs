using System.Text.RegularExpressions;
using System.Xml.Linq;
using Certification.Web.Tests.Infrastructure;

namespace Certification.Web.Tests.Infrastructure.Localization;

/// <summary>
/// Vietnamese is the key and the default; every key a page or endpoint shows must have its English in the matching
/// .en.resx, or English users would silently see Vietnamese.
/// </summary>
public sealed partial class EnglishResourcesTests
{
    [GeneratedRegex("""\bL\["((?:[^"\\]|\\.)*)"[\],]""")]
    private static partial Regex ViewKey();

    [GeneratedRegex("""\b[Sl]\["((?:[^"\\]|\\.)*)"[\],]|ErrorMessage\s*=\s*"((?:[^"\\]|\\.)*)"|Display\(Name\s*=\s*"((?:[^"\\]|\\.)*)"|DomainException\("[^"]+",\s*"((?:[^"\\]|\\.)*)"\)""")]
    private static partial Regex SharedKey();

    private static readonly string Web = Path.Combine(AppProcess.RepositoryRoot(), "src", "Web");

    [Fact]
    public void ViewKeys_EachUsedInAView_HaveEnglishInThatViewsResource()
    {
        var missing = new List<string>();
        foreach (var view in Directory.EnumerateFiles(Path.Combine(Web, "Pages"), "*.cshtml", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Web, view);
            var resource = Path.Combine(Web, "Resources", Path.ChangeExtension(relative, ".en.resx"));
            var english = Keys(resource);
            foreach (Match match in ViewKey().Matches(File.ReadAllText(view)))
                if (!english.Contains(Unescape(match.Groups[1].Value)))
                    missing.Add($"{relative}: \"{match.Groups[1].Value}\"");
        }
        Assert.True(missing.Count == 0, "No English in the view's .en.resx for:\n" + string.Join("\n", missing.Distinct()));
    }

    [Fact]
    public void SharedKeys_EachUsedInCodeOrViews_HaveEnglishInSharedResource()
    {
        var english = Keys(Path.Combine(Web, "Resources", "SharedResource.en.resx"));
        var missing = new List<string>();
        var files = Directory.EnumerateFiles(Web, "*.cs*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs") || f.EndsWith(".cshtml")) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"));
        foreach (var file in files)
            foreach (Match match in SharedKey().Matches(File.ReadAllText(file)))
            {
                var key = Unescape(match.Groups.Values.Skip(1).First(g => g.Success).Value);
                if (!english.Contains(key))
                    missing.Add($"{Path.GetRelativePath(Web, file)}: \"{key}\"");
            }
        Assert.True(missing.Count == 0, "No English in SharedResource.en.resx for:\n" + string.Join("\n", missing.Distinct()));
    }

    // Regression: merges left "Khu công nghiệp" and "khu công nghiệp" in one file; resource names are compared without
    // case when the file is compiled, so one was dropped (a build warning only) and English users saw Vietnamese.
    [Fact]
    public void EveryResourceFile_KeysDifferingOnlyInCase_AreNotThere()
    {
        var clashes = Directory.EnumerateFiles(Path.Combine(Web, "Resources"), "*.resx", SearchOption.AllDirectories)
            .SelectMany(file => System.Xml.Linq.XDocument.Load(file).Root!.Elements("data")
                .Select(d => d.Attribute("name")!.Value)
                .GroupBy(name => name.Normalize().ToLowerInvariant()).Where(g => g.Count() > 1)
                .Select(g => $"{Path.GetFileName(file)}: {string.Join(" / ", g)}"))
            .ToList();

        Assert.True(clashes.Count == 0, "Keys differing only in case:\n" + string.Join("\n", clashes));
    }

    private static HashSet<string> Keys(string resource) =>
        File.Exists(resource)
            ? XDocument.Load(resource).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal)
            : [];

    private static string Unescape(string value) => value.Replace("\\\"", "\"").Replace("\\\\", "\\");
}
