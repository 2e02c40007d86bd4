using System.Security.Claims;

namespace Certification.Web.Infrastructure.Audit;

/// <summary>
/// Who the audit trail names for the current unit of work: the signed-in user of the request,
/// or a named system actor (demo seeding, scheduled jobs) set with <see cref="ActAs"/>.
/// </summary>
public sealed class AuditActor(IHttpContextAccessor httpContextAccessor)
{
    private (Guid? UserId, string Name)? _override;

    public void ActAs(Guid? userId, string name) => _override = (userId, name);

    public (Guid? UserId, string Name) Current
    {
        get
        {
            if (_override is { } fixedActor)
                return fixedActor;
            var principal = httpContextAccessor.HttpContext?.User;
            if (principal?.Identity?.IsAuthenticated != true)
                return (null, "anonymous");
            var id = Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var parsed) ? parsed : (Guid?)null;
            return (id, principal.Identity.Name ?? "unknown");
        }
    }
}
