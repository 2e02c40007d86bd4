using Microsoft.AspNetCore.Identity;

namespace Certification.Web.Infrastructure.Identity;

public sealed class AppUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";
    public Guid OrganisationId { get; set; }

    /// <summary>"vi" or "en"; the UI language chosen by the user.</summary>
    public string PreferredCulture { get; set; } = "vi";

    /// <summary>Set when an administrator set a one-time password; the user must choose a new one at first login.</summary>
    public bool MustChangePassword { get; set; }
    public bool IsDemo { get; set; }
}
