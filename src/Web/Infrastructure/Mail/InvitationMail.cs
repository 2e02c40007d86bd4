using System.Globalization;
using System.Text;
using Certification.Web.Domain.Mail;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Resources;
using Certification.Workflows.Clocks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Certification.Web.Infrastructure.Mail;

/// <summary>
/// The invitation a new user receives: a link to /Account/SetPassword carrying a password-reset token, valid for
/// <see cref="OutboxOptions.InvitationLinkHours"/> and usable once (setting the password renews the security stamp).
/// Queued in the caller's transaction, like every mail.
/// </summary>
public sealed class InvitationMail(UserManager<AppUser> users, MailOutbox outbox, IOptions<OutboxOptions> options,
    TimeProvider clock, IStringLocalizer<SharedResource> localizer)
{
    public int LinkHours => options.Value.InvitationLinkHours;

    /// <param name="roleLabel">The role's Vietnamese name; translated for an English-speaking recipient.</param>
    public async Task QueueAsync(AppUser user, string roleLabel, string organisationName, CancellationToken cancellationToken)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var path = $"/Account/SetPassword?userId={user.Id}&token={WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token))}";
        var recipient = MailOutbox.RecipientFor(user);
        var expires = clock.GetUtcNow().AddHours(LinkHours).ToOffset(VietnamTime.Offset);
        var values = new Dictionary<string, string>
        {
            ["Role"] = InCulture(recipient.Culture, () => localizer[roleLabel].Value),
            ["Organisation"] = organisationName,
            ["Email"] = recipient.Email,
            ["ExpiresAt"] = recipient.Culture == "en"
                ? expires.ToString("d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture) + " (Viet Nam time)"
                : expires.ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture) + " (giờ Việt Nam)",
        };
        await outbox.QueueAsync($"invitation:{user.Id}:{user.SecurityStamp}", recipient, "Invitation", path, values, null, cancellationToken);
    }

    private static string InCulture(string culture, Func<string> read)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
