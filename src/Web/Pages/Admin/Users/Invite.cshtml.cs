using System.ComponentModel.DataAnnotations;
using Certification.Web.Data;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Infrastructure.Mail;
using Certification.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Certification.Web.Pages.Admin.Users;

/// <summary>
/// Creates a user in an organisation the administrator manages and, in the same transaction, queues an invitation
/// mail (in the language chosen for the user) with a time-limited link to set a password. A one-time password is
/// also shown once on the result page, for handing over when mail cannot reach the user; the user must replace
/// it at first sign-in.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class InviteModel(CertificationDbContext db, AccessPolicy access, UserManager<AppUser> users, InvitationMail invitation,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<OrganisationOption> Organisations { get; private set; } = [];
    public Invited? Result { get; private set; }
    public int InvitationLinkHours => invitation.LinkHours;

    public sealed record OrganisationOption(Guid Id, string Name, OrganisationKind Kind);

    public sealed record Invited(string Email, string DisplayName, string Role, string OrganisationName, string OneTimePassword);

    [BindProperty]
    public InviteInput Input { get; set; } = new();

    public sealed class InviteInput
    {
        [Required(ErrorMessage = "Vui lòng chọn {0}.")]
        [Display(Name = "Tổ chức")]
        public Guid? OrganisationId { get; set; }

        [Required(ErrorMessage = "Vui lòng chọn {0}.")]
        [Display(Name = "Vai trò")]
        public string Role { get; set; } = "";

        [Required(ErrorMessage = "Vui lòng nhập {0}.")]
        [EmailAddress(ErrorMessage = "{0} không hợp lệ.")]
        [StringLength(256, ErrorMessage = "{0} không được dài quá {1} ký tự.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Vui lòng nhập {0}.")]
        [StringLength(200, ErrorMessage = "{0} không được dài quá {1} ký tự.")]
        [Display(Name = "Họ và tên")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "Vui lòng chọn {0}.")]
        [Display(Name = "Ngôn ngữ thư mời")]
        public string Culture { get; set; } = "vi";
    }

    public async Task OnGetAsync(Guid? organisationId, CancellationToken cancellationToken)
    {
        Input.OrganisationId = organisationId;
        await LoadOrganisationsAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadOrganisationsAsync(cancellationToken);
        if (!ModelState.IsValid)
            return Page();
        var organisation = Organisations.SingleOrDefault(o => o.Id == Input.OrganisationId);
        if (organisation is null)
            ModelState.AddModelError("Input.OrganisationId", l["{0} không hợp lệ.", l["Tổ chức"]]);
        if (!Roles.All.Contains(Input.Role))
            ModelState.AddModelError("Input.Role", l["{0} không hợp lệ.", l["Vai trò"]]);
        else if (organisation is not null && Roles.OrganisationKindFor(Input.Role) is var required && required != organisation.Kind)
            ModelState.AddModelError("Input.Role", l["{0} “{1}” chỉ dành cho người thuộc tổ chức loại “{2}”; tổ chức đã chọn thuộc loại “{3}”.",
                l["Vai trò"], l[Labels.Role(Input.Role)], l[Labels.Kind(required)], l[Labels.Kind(organisation.Kind)]]);
        if (Input.Culture is not ("vi" or "en"))
            ModelState.AddModelError("Input.Culture", l["{0} không hợp lệ.", l["Ngôn ngữ thư mời"]]);
        if (!ModelState.IsValid)
            return Page();

        var email = Input.Email.Trim();
        var user = new AppUser
        {
            UserName = email, Email = email, DisplayName = Input.DisplayName.Trim(),
            OrganisationId = organisation!.Id, MustChangePassword = true, PreferredCulture = Input.Culture,
        };
        var password = OneTimePassword.Generate(users.Options.Password);
        // User and role in one transaction: a user without a role could sign in but see nothing.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
            result = await users.AddToRoleAsync(user, Input.Role);
        if (!result.Succeeded)
        {
            // The user name is the e-mail, so a taken address fails twice; say it once, on the e-mail field.
            var duplicateEmail = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateEmail));
            foreach (var error in result.Errors.Where(e => !(duplicateEmail && e.Code == nameof(IdentityErrorDescriber.DuplicateUserName))))
                ModelState.AddModelError(error.Code.Contains("Email") || error.Code.Contains("UserName") ? "Input.Email" : string.Empty, error.Description);
            return Page();
        }
        await invitation.QueueAsync(user, Labels.Role(Input.Role), organisation.Name, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // Shown in this response only and never stored in clear; the page must not be cached.
        Response.Headers.CacheControl = "no-store";
        Result = new Invited(email, user.DisplayName, Input.Role, organisation.Name, password);
        return Page();
    }

    private async Task LoadOrganisationsAsync(CancellationToken cancellationToken) =>
        Organisations = await access.ManageableOrganisations(db.Organisations)
            .OrderBy(o => o.Kind).ThenBy(o => o.Name)
            .Select(o => new OrganisationOption(o.Id, o.Name, o.Kind))
            .ToListAsync(cancellationToken);
}
