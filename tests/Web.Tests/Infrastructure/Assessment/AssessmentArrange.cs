using Certification.Web.Data;
using Certification.Web.Domain.Assessment;
using Certification.Web.Domain.Enterprises;
using Certification.Web.Domain.Evidence;
using Certification.Web.Domain.Parks;
using Certification.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Infrastructure.Assessment;

/// <summary>Arranges assessment rows (enterprises with yearly facts, answers, evidence) for one test, in few round trips.</summary>
internal static class AssessmentArrange
{
    public static readonly DateTimeOffset At = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    public static Task<List<Enterprise>> EnterprisesWithFactsAsync(TestApp app, Guid parkId, int year, IEnumerable<ReportedFacts?> facts) =>
        app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CertificationDbContext>();
            var created = new List<Enterprise>();
            foreach (var reported in facts)
            {
                var enterprise = new Enterprise("Công ty " + TestWorld.Unique(), Random.Shared.NextInt64(1_000_000_000, 9_999_999_999).ToString(),
                    "Cơ khí", 150, parkId);
                db.Enterprises.Add(enterprise);
                if (reported is not null)
                {
                    var row = new EnterpriseFacts(enterprise.Id, year);
                    row.Report(reported, null, At);
                    db.EnterpriseFacts.Add(row);
                }
                created.Add(enterprise);
            }
            await db.SaveChangesAsync();
            return created;
        });

    public static Task<EvidenceFile> EvidenceAsync(TestApp app, Guid ownerOrganisationId, string name = "bien-ban.pdf") =>
        app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CertificationDbContext>();
            var file = new EvidenceFile(new string('b', 64), 10, "application/pdf", name, ownerOrganisationId, Guid.NewGuid(), At);
            db.EvidenceFiles.Add(file);
            await db.SaveChangesAsync();
            return file;
        });

    public static Task AddAsync(TestApp app, params object[] rows) => app.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<CertificationDbContext>();
        db.AddRange(rows);
        await db.SaveChangesAsync();
    });

    public static Task<Park> ParkAsync(TestApp app, Guid parkId) => app.InScopeAsync(services =>
        Task.FromResult(services.GetRequiredService<CertificationDbContext>().Parks.Single(p => p.Id == parkId)));
}
