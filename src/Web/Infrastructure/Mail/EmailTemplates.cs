using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Certification.Web.Domain.Mail;

namespace Certification.Web.Infrastructure.Mail;

/// <summary>
/// Fills in the mail templates embedded from Templates/&lt;culture&gt;/&lt;Name&gt;.txt (first line "Subject: …",
/// a blank line, then the plain-text body) and &lt;Name&gt;.html (the HTML body, placed in Templates/&lt;culture&gt;/Layout.html).
/// Placeholders are <c>{{Key}}</c>; values are HTML-encoded in the HTML body. Every template gets <c>{{Link}}</c>
/// (absolute URL built from Site:PublicBaseUrl), <c>{{Name}}</c> (the recipient) and <c>{{SiteName}}</c>.
/// </summary>
public sealed partial class EmailTemplates(IConfiguration configuration)
{
    public static readonly string[] Cultures = ["vi", "en"];

    /// <summary>Renders <paramref name="template"/> in the recipient's language ("vi" when it has none of ours).</summary>
    /// <param name="linkPath">Path and query of the page to act on, starting with "/".</param>
    /// <exception cref="InvalidOperationException">The template is missing or names a value that was not given.</exception>
    public RenderedEmail Render(string template, EmailRecipient recipient, string linkPath, IReadOnlyDictionary<string, string> values)
    {
        var culture = Cultures.Contains(recipient.Culture) ? recipient.Culture : "vi";
        var link = AbsoluteLink(linkPath);
        var all = new Dictionary<string, string>(values, StringComparer.Ordinal)
        {
            ["Link"] = link,
            ["Name"] = recipient.DisplayName,
            ["SiteName"] = culture == "en" ? "Eco-industrial park certification" : configuration["Site:Name"] ?? "Chứng nhận KCN sinh thái",
        };
        var text = Read(culture, template + ".txt");
        var newline = text.IndexOf('\n');
        if (!text.StartsWith("Subject: ", StringComparison.Ordinal) || newline < 0)
            throw new InvalidOperationException($"Mail template {culture}/{template}.txt must start with a 'Subject: ' line.");
        var subject = Fill(text["Subject: ".Length..newline].Trim(), all, encode: false, template);
        var textBody = Fill(text[(newline + 1)..].TrimStart('\r', '\n'), all, encode: false, template);
        var html = Fill(Read(culture, template + ".html"), all, encode: true, template);
        var htmlBody = Read(culture, "Layout.html").Replace("{{Content}}", html, StringComparison.Ordinal)
            .Replace("{{Subject}}", WebUtility.HtmlEncode(subject), StringComparison.Ordinal)
            .Replace("{{SiteName}}", WebUtility.HtmlEncode(all["SiteName"]), StringComparison.Ordinal);
        return new RenderedEmail(template, culture, subject, textBody, htmlBody, link);
    }

    public string AbsoluteLink(string linkPath)
    {
        if (Uri.TryCreate(linkPath, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
            return absolute.ToString();
        var baseUrl = (configuration["Site:PublicBaseUrl"] ?? throw new InvalidOperationException("Site:PublicBaseUrl is not set in appsettings.json.")).TrimEnd('/');
        return baseUrl + "/" + linkPath.TrimStart('/');
    }

    private static string Fill(string text, IReadOnlyDictionary<string, string> values, bool encode, string template) =>
        Placeholder().Replace(text, match => values.TryGetValue(match.Groups[1].Value, out var value)
            ? encode ? WebUtility.HtmlEncode(value) : value
            : throw new InvalidOperationException($"Mail template {template} uses {{{{{match.Groups[1].Value}}}}}, which was not given."));

    // The templates are embedded in the assembly, so each is read once per process; a step that queues a reminder
    // ladder renders dozens of mails.
    private static readonly ConcurrentDictionary<string, string> Embedded = new(StringComparer.Ordinal);

    private static string Read(string culture, string file) => Embedded.GetOrAdd($"MailTemplates/{culture}/{file}", ReadEmbedded);

    private static string ReadEmbedded(string name)
    {
        using var stream = typeof(EmailTemplates).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Mail template {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }

    [GeneratedRegex(@"\{\{([A-Za-z]+)\}\}")]
    private static partial Regex Placeholder();
}
