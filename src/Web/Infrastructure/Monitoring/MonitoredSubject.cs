using Certification.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure.Monitoring;

/// <summary>What a yearly report or a watch-list case is about: an eco-enterprise when it names one, else its park.</summary>
public static class MonitoredSubject
{
    /// <summary>The enterprise's name when <paramref name="enterpriseId"/> is given, else the park's.</summary>
    public static async Task<string> NameAsync(CertificationDbContext db, Guid parkId, Guid? enterpriseId, CancellationToken ct) =>
        enterpriseId is { } id
            ? await db.Enterprises.Where(e => e.Id == id).Select(e => e.Name).SingleAsync(ct)
            : await db.Parks.Where(p => p.Id == parkId).Select(p => p.Name).SingleAsync(ct);
}
