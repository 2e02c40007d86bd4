using System.Net;
using System.Text.RegularExpressions;

namespace Certification.Web.Tests.Infrastructure;

/// <summary>Reads what a test needs out of a rendered page: an element's text by id, a field's validation message.</summary>
public static class PageHtml
{
    public static string TextOf(string html, string id)
    {
        var match = Regex.Match(html, $"id=\"{Regex.Escape(id)}\"[^>]*>([^<]*)<");
        if (!match.Success)
            throw new InvalidOperationException($"No element with id '{id}' on the page:\n{html}");
        return WebUtility.HtmlDecode(match.Groups[1].Value).Trim();
    }

    /// <summary>The message shown next to a form field (asp-validation-for), or "" when it has none.</summary>
    public static string FieldError(string html, string field)
    {
        var match = Regex.Match(html, $"data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>([^<]*)<");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value).Trim() : "";
    }

    /// <summary>The decoded markup of the table with this id, from its start tag to its end tag.</summary>
    public static string TableOf(string html, string id)
    {
        var match = Regex.Match(html, $"<table[^>]*id=\"{Regex.Escape(id)}\".*?</table>", RegexOptions.Singleline);
        if (!match.Success)
            throw new InvalidOperationException($"No table with id '{id}' on the page:\n{html}");
        return WebUtility.HtmlDecode(match.Value);
    }

    public static string Decoded(string html) => WebUtility.HtmlDecode(html);
}
