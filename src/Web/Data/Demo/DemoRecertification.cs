using System.Text;
using Certification.Web.Domain.Applications;
using Certification.Web.Domain.Evidence;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Certificates;
using Certification.Web.Infrastructure.Evidence;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Infrastructure.Workflows;
using Certification.Workflows.Processes;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Data.Demo;

/// <summary>
/// A demo re-certification (Decree 35 Art 45), labelled demo: "KCN Long Thành" holds an eco-industrial park certificate of
/// 2023; its developer applied for re-certification, the Board found the dossier complete, and the Board's evaluation (no
/// consultation) is waiting. Loaded once, after <see cref="DemoData"/>.
/// </summary>
public sealed class DemoRecertification(CertificationDbContext db, RecertificationOpening opening, WorkflowHost host, CertificateIssuer certificates,
    EvidenceStore store, TimeProvider clock)
{
    public const string ParkName = "KCN Long Thành";

    public async Task LoadOnceAsync(CancellationToken cancellationToken)
    {
        var park = await db.Parks.FirstOrDefaultAsync(p => p.IsDemo && p.Name == ParkName, cancellationToken);
        var officer = await db.Users.Where(u => u.IsDemo && u.Email == "board@demo.local").Join(db.Organisations, u => u.OrganisationId, o => o.Id,
            (u, o) => new { u.Id, u.DisplayName, Organisation = o.Id, o.ProvinceId }).FirstOrDefaultAsync(cancellationToken);
        if (park is null || officer is null || await db.Applications.AnyAsync(a => a.IsDemo && a.RenewsCertificateId != null, cancellationToken))
            return;
        var board = new CurrentUser(officer.Id, officer.DisplayName, officer.Organisation, OrganisationKind.ManagementBoard, officer.ProvinceId, null,
            new HashSet<string> { Roles.Board });
        var committee = await db.Organisations.FirstAsync(o => o.IsDemo && o.Kind == OrganisationKind.PeoplesCommittee, cancellationToken);
        var province = await db.Provinces.SingleAsync(p => p.Id == park.ProvinceId, cancellationToken);
        await certificates.IssueForParkAsync(park.Id, CertificateNumber.Format(2, 2023, ApplicationKind.EcoIndustrialPark, province.Code),
            new DateOnly(2023, 12, 8), committee.Id, Guid.Empty, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        var developer = new CurrentUser(Guid.Empty, "demo", park.InvestorOrganisationId, OrganisationKind.ParkInvestor, null, null,
            new HashSet<string> { Roles.ParkDeveloper });
        var application = await opening.OpenAsync(new AccessPolicy(developer), ApplicationKind.EcoIndustrialPark, park.Id, null, isDemo: true, cancellationToken)
            ?? throw new InvalidOperationException("Demo: the developer cannot renew its park's certificate.");
        foreach (var (part, name) in new[] { (DossierDocumentKind.Registration, "Don-de-nghi-cap-lai"),
                     (DossierDocumentKind.OperationReport, "Bao-cao-giam-sat-hang-nam"), (DossierDocumentKind.SelfEvaluation, "Tu-danh-gia-tieu-chi") })
            application.AttachDocument(part, (await PdfAsync(developer, $"{name}-demo.pdf", cancellationToken)).Id, null, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await StepAsync(developer, application.Id, RecertificationProcess.ActivityIds.Draft, ProcessOutcomes.Submit, cancellationToken);
        await StepAsync(board, application.Id, RecertificationProcess.ActivityIds.CompletenessCheck, ProcessOutcomes.Complete, cancellationToken);
    }

    private async Task StepAsync(CurrentUser person, Guid applicationId, string activityId, string outcome, CancellationToken cancellationToken)
    {
        var taskId = await db.WorkflowTasks.Where(t => t.ApplicationId == applicationId && t.ActivityId == activityId).Select(t => t.Id)
            .SingleAsync(cancellationToken);
        var result = await host.CompleteTaskAsync(new AccessPolicy(person), applicationId, taskId, outcome, null, cancellationToken);
        if (!result.Succeeded)
            throw new InvalidOperationException($"Demo step {activityId} {outcome} refused: {result.Refusal} {result.Message}");
        db.ChangeTracker.Clear();
    }

    /// <summary>A one-page PDF in the evidence store, owned by <paramref name="owner"/>'s organisation.</summary>
    private async Task<EvidenceFile> PdfAsync(CurrentUser owner, string name, CancellationToken cancellationToken)
    {
        var stream = $"BT /F1 14 Tf 72 720 Td (Tai lieu demo: {name}) Tj ET";
        var pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 4 0 R>>>>/Contents 5 0 R>>endobj\n"
            + "4 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
            + $"5 0 obj<</Length {stream.Length}>>stream\n{stream}\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        await using var content = new MemoryStream(Encoding.ASCII.GetBytes(pdf));
        var staged = await store.StageAsync(content, cancellationToken);
        store.Commit(staged);
        var file = new EvidenceFile(staged.Sha256, staged.Length, "application/pdf", name, owner.OrganisationId, owner.UserId, clock.GetUtcNow());
        db.EvidenceFiles.Add(file);
        return file;
    }
}
