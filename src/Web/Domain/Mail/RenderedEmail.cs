namespace Certification.Web.Domain.Mail;

/// <summary>A template filled in for one recipient, in one language, as plain text and HTML.</summary>
/// <param name="Link">Absolute URL of the page the recipient acts on.</param>
public sealed record RenderedEmail(string Template, string Culture, string Subject, string TextBody, string HtmlBody, string Link);
