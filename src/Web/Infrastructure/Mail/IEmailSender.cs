using Certification.Web.Domain.Mail;

namespace Certification.Web.Infrastructure.Mail;

/// <summary>The boundary to the mail server. Only the outbox delivery calls it; everything else queues mail in the outbox.</summary>
public interface IEmailSender
{
    /// <summary>Hands one message to the server.</summary>
    /// <exception cref="EmailDeliveryException">The server could not be reached or refused the message.</exception>
    Task SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}
