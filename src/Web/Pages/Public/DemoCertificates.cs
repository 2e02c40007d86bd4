using Certification.Web.Data;

namespace Certification.Web.Pages.Public;

/// <summary>Which certificates the public pages label as demo data: those of a demo park or a demo enterprise.</summary>
internal static class DemoCertificates
{
    /// <summary>The ids of certificates whose park or enterprise is demo data, to compose into a page's query.</summary>
    public static IQueryable<Guid> Ids(CertificationDbContext db) =>
        db.Certificates
            .Where(c => db.Parks.Any(p => p.Id == c.ParkId && p.IsDemo) || db.Enterprises.Any(e => e.Id == c.EnterpriseId && e.IsDemo))
            .Select(c => c.Id);
}
