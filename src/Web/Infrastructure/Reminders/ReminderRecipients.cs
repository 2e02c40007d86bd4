using Certification.Web.Data;
using Certification.Web.Domain.Mail;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure.Reminders;

/// <summary>
/// The organisations a request's reminders go to and their users with roles, read in one pair of queries for all the
/// organisations a step needs (a routing step opens five reviews; each ladder also tells the applicant and the Board)
/// and kept for the rest of the request.
/// </summary>
public sealed class ReminderRecipients(CertificationDbContext db)
{
    private readonly Dictionary<Guid, Organisation> _organisations = [];
    private readonly Dictionary<Guid, List<Member>> _members = [];

    /// <summary>Reads the organisations of <paramref name="organisationIds"/> not read yet, and their users.</summary>
    public async Task LoadAsync(IEnumerable<Guid> organisationIds, CancellationToken cancellationToken)
    {
        var missing = organisationIds.Where(id => !_organisations.ContainsKey(id)).Distinct().ToList();
        if (missing.Count == 0)
            return;
        foreach (var organisation in await db.Organisations.AsNoTracking().Where(o => missing.Contains(o.Id)).ToListAsync(cancellationToken))
            _organisations[organisation.Id] = organisation;
        var rows = await (
                from user in db.Users.AsNoTracking()
                where missing.Contains(user.OrganisationId) && user.Email != null
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                select new { user, role.Name })
            .ToListAsync(cancellationToken);
        foreach (var id in missing)
            _members[id] = rows.Where(r => r.user.OrganisationId == id).GroupBy(r => r.user.Id)
                .Select(g => new Member(MailOutbox.RecipientFor(g.First().user), g.Select(r => r.Name!).ToHashSet(StringComparer.Ordinal)))
                .OrderBy(m => m.Recipient.Email, StringComparer.Ordinal).ToList();
    }

    /// <exception cref="InvalidOperationException">No organisation has this id.</exception>
    public async Task<Organisation> OrganisationAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        await LoadAsync([organisationId], cancellationToken);
        return _organisations.TryGetValue(organisationId, out var organisation) ? organisation
            : throw new InvalidOperationException($"Organisation {organisationId} does not exist.");
    }

    /// <summary>The users of the organisation holding any of <paramref name="roles"/>, by e-mail address.</summary>
    public async Task<IReadOnlyList<EmailRecipient>> InRolesAsync(Guid organisationId, IReadOnlyCollection<string> roles,
        CancellationToken cancellationToken)
    {
        await LoadAsync([organisationId], cancellationToken);
        return _members.TryGetValue(organisationId, out var members)
            ? members.Where(m => m.Roles.Overlaps(roles)).Select(m => m.Recipient).ToList()
            : [];
    }

    private sealed record Member(EmailRecipient Recipient, HashSet<string> Roles);
}
