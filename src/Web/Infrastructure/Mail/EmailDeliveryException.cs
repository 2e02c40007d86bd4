namespace Certification.Web.Infrastructure.Mail;

/// <summary>A message could not be delivered this time; the outbox retries it later.</summary>
public sealed class EmailDeliveryException(string message, Exception inner) : Exception(message, inner);
