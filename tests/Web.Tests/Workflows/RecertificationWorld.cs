using Certification.Web.Data;
using Certification.Web.Domain.Applications;
using Certification.Web.Domain.Certificates;
using Certification.Web.Domain.Evidence;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Workflows;
using Certification.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Workflows;

/// <summary>Re-certification (Art 45) arrangements over <see cref="ProcessWorld"/> (parks) and <see cref="EnterpriseWorld"/> (enterprises).</summary>
internal static class RecertificationWorld
{
    /// <summary>Opens the developer's re-certification of its park and attaches the three required parts.</summary>
    public static Task<Guid> OpenForParkAsync(ProcessWorld world) =>
        OpenAsync(world.App, world.Person(ProcessWorld.Developer), ApplicationKind.EcoIndustrialPark, world.ParkId, null, world.Files);

    /// <summary>Opens the enterprise's re-certification and attaches three parts (files of its own).</summary>
    public static async Task<Guid> OpenForEnterpriseAsync(EnterpriseWorld world)
    {
        var company = world.Person(EnterpriseWorld.Company);
        var files = await world.App.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<CertificationDbContext>();
            var created = Enumerable.Range(0, 3).Select(i => new EvidenceFile(new string((char)('a' + i), 64), 10, "application/pdf",
                $"cap-lai-{i}.pdf", company.OrganisationId, Guid.NewGuid(), DateTimeOffset.UtcNow)).ToList();
            db.EvidenceFiles.AddRange(created);
            await db.SaveChangesAsync();
            return created.Select(f => f.Id).ToList();
        });
        return await OpenAsync(world.App, company, ApplicationKind.EcoEnterprise, null, world.EnterpriseId, files);
    }

    private static Task<Guid> OpenAsync(TestApp app, CurrentUser user, ApplicationKind kind, Guid? parkId, Guid? enterpriseId, IReadOnlyList<Guid> files) =>
        app.InScopeAsync(async services =>
        {
            var application = await services.GetRequiredService<RecertificationOpening>()
                .OpenAsync(new AccessPolicy(user), kind, parkId, enterpriseId, isDemo: false, CancellationToken.None);
            var db = services.GetRequiredService<CertificationDbContext>();
            var tracked = await db.Applications.Include(a => a.Documents).SingleAsync(a => a.Id == application!.Id);
            foreach (var (part, file) in CertificationApplication.RequiredParts.Zip(files))
                tracked.AttachDocument(part, file, null, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            return tracked.Id;
        });

    /// <summary>An eco-enterprise certificate of the enterprise, as a stored row with a PDF file.</summary>
    public static Task<Certificate> CertifyEnterpriseAsync(EnterpriseWorld world, DateOnly issuedOn, DateOnly? validUntil = null) =>
        world.App.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CertificationDbContext>();
            var certificate = StoredCertificate.Add(db, Certificate.ForEnterprise($"{TestWorld.Unique()}/2024/GCN-DNST", world.Province.Id,
                world.ParkId, world.EnterpriseId, "Công ty", "Ban Quản lý", "Nghị định 35/2022/NĐ-CP", issuedOn, validUntil),
                world.Person(EnterpriseWorld.Board).OrganisationId);
            await db.SaveChangesAsync();
            return certificate;
        });

    public static Task<Certificate> CertificateAsync(TestApp app, Guid id) =>
        app.InScopeAsync(s => s.GetRequiredService<CertificationDbContext>().Certificates.AsNoTracking().SingleAsync(c => c.Id == id));

    public static Task<Certificate> CertificateAsync(TestApp app, string number) =>
        app.InScopeAsync(s => s.GetRequiredService<CertificationDbContext>().Certificates.AsNoTracking().SingleAsync(c => c.Number == number));
}
