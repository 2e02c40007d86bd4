namespace Certification.Web.Domain.Mail;

/// <summary>Who receives a mail: a user of the app (then also an in-app notification) or a bare address.</summary>
/// <param name="Culture">"vi" or "en", the language the mail is written in.</param>
public sealed record EmailRecipient(Guid? UserId, string Email, string DisplayName, string Culture);
