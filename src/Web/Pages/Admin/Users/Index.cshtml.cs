using Certification.Web.Data;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Pages.Admin.Users;

/// <summary>The people an administrator manages: users of the province's organisations and of the national reviewing bodies.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class IndexModel(CertificationDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    public sealed record UserRow(
        string Email, string DisplayName, string OrganisationName, string? Role,
        bool TwoFactorEnabled, bool MustChangePassword, bool IsLockedOut, bool IsDemo);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var organisations = access.ManageableOrganisations(db.Organisations);
        Users = await (
                from user in db.Users
                join organisation in organisations on user.OrganisationId equals organisation.Id
                orderby organisation.Name, user.DisplayName
                select new UserRow(
                    user.Email ?? "", user.DisplayName, organisation.Name,
                    (from userRole in db.UserRoles
                     join role in db.Roles on userRole.RoleId equals role.Id
                     where userRole.UserId == user.Id
                     select role.Name).FirstOrDefault(),
                    user.TwoFactorEnabled, user.MustChangePassword,
                    user.LockoutEnd != null && user.LockoutEnd > now, user.IsDemo))
            .ToListAsync(cancellationToken);
    }
}
