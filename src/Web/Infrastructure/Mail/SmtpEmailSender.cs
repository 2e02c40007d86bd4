using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Net.Sockets;
using System.Text;
using Certification.Web.Domain.Mail;
using Microsoft.Extensions.Options;

namespace Certification.Web.Infrastructure.Mail;

/// <summary>Sends through System.Net.Mail: a multipart/alternative mail with the plain-text and the HTML body.</summary>
public sealed class SmtpEmailSender(IOptionsMonitor<SmtpOptions> options) : IEmailSender
{
    /// <summary>Header that carries the outbox idempotency key, so a receiver (and the tests) can recognise a repeat.</summary>
    public const string KeyHeader = "X-Certification-Key";

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        using var mail = new MailMessage
        {
            From = new MailAddress(settings.SenderAddress, settings.SenderName, Encoding.UTF8),
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = message.TextBody,
            BodyEncoding = Encoding.UTF8,
            IsBodyHtml = false,
        };
        mail.To.Add(new MailAddress(message.RecipientEmail, message.RecipientName, Encoding.UTF8));
        mail.Headers.Add(KeyHeader, message.IdempotencyKey);
        mail.Headers.Add("Content-Language", message.Culture);
        mail.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(message.HtmlBody, Encoding.UTF8, MediaTypeNames.Text.Html));

        using var client = new SmtpClient(settings.Host, settings.Port)
        {
            EnableSsl = settings.EnableTls,
            Timeout = settings.TimeoutSeconds * 1000,
            DeliveryMethod = SmtpDeliveryMethod.Network,
        };
        if (!string.IsNullOrEmpty(settings.UserName))
            client.Credentials = new NetworkCredential(settings.UserName, settings.Password);
        try
        {
            await client.SendMailAsync(mail, cancellationToken);
        }
        catch (Exception e) when (e is SmtpException or SocketException or IOException)
        {
            throw new EmailDeliveryException($"SMTP {settings.Host}:{settings.Port}: {e.Message}{(e.InnerException is { } inner ? " (" + inner.Message + ")" : "")}", e);
        }
    }
}
