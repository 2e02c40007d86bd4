using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Certification.Web.Tests.Infrastructure;

/// <summary>Reads what a user sees in an answer: the page's main text, or a validation problem's field messages.</summary>
public static partial class PageContent
{
    [GeneratedRegex(@"<main[^>]*>(.*)</main>", RegexOptions.Singleline)]
    private static partial Regex MainPattern();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex TagPattern();

    /// <summary>Letters only Vietnamese uses among the languages of the UI (precomposed, as the pages are NFC).</summary>
    [GeneratedRegex(@"[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", RegexOptions.IgnoreCase)]
    private static partial Regex VietnameseLetter();

    /// <summary>The text inside &lt;main&gt;, tags removed and entities decoded.</summary>
    public static async Task<string> MainTextAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var main = MainPattern().Match(html);
        return WebUtility.HtmlDecode(TagPattern().Replace(main.Success ? main.Groups[1].Value : html, " "));
    }

    /// <summary>Vietnamese words in <paramref name="text"/>, to show which text escaped translation.</summary>
    public static IReadOnlyList<string> VietnameseWords(string text) =>
        text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Where(w => VietnameseLetter().IsMatch(w)).ToList();

    /// <summary>The messages of a ValidationProblem answer, by field (the JSON name).</summary>
    public static async Task<Dictionary<string, string[]>> ProblemErrorsAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("errors").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(m => m.GetString()!).ToArray());
    }

    public static async Task<string> ProblemTitleAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("title").GetString()!;
    }
}
