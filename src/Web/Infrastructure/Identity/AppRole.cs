using Microsoft.AspNetCore.Identity;

namespace Certification.Web.Infrastructure.Identity;

public sealed class AppRole : IdentityRole<Guid>
{
    public AppRole() { }
    public AppRole(string name) : base(name) { }
}
