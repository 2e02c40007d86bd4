using System.Text;
using System.Text.Json.Nodes;
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
using Ids = Certification.Workflows.Processes.EcoIndustrialParkProcess.ActivityIds;

namespace Certification.Web.Data.Demo;

/// <summary>
/// Demo certification applications (labelled demo), driven through the real host as the demo users so that every demo
/// user has a step waiting: the developer a supplement, the reviewer (MAE) indicator reviews, the Board a completeness
/// check, the Committee a decision, the enterprise a draft. Loaded once, after <see cref="DemoData"/>.
/// </summary>
public sealed class DemoApplications(CertificationDbContext db, ApplicationOpening opening, WorkflowHost host, EvidenceStore store,
    CertificateIssuer certificates, TimeProvider clock)
{
    public async Task LoadOnceAsync(CancellationToken cancellationToken)
    {
        if (await db.Applications.AnyAsync(a => a.IsDemo, cancellationToken) || !await db.Organisations.AnyAsync(o => o.IsDemo, cancellationToken))
            return;
        var people = await PeopleAsync(cancellationToken);
        var parks = await db.Parks.Where(p => p.IsDemo).OrderBy(p => p.Name).ToListAsync(cancellationToken);
        var bodies = await db.Organisations.Where(o => o.IsDemo && o.Kind == OrganisationKind.ReviewingBody && o.ProvinceId == null)
            .ToDictionaryAsync(o => o.ReviewingBodyCode!, o => o.Id, cancellationToken);
        var firstPark = parks.Single(p => p.InvestorOrganisationId == people[Roles.ParkDeveloper].OrganisationId);
        var others = parks.Where(p => p.Id != firstPark.Id).Take(2).ToList();

        // 1. The developer's park under review: MAE still reviewing, MOIT waiting for a supplement from the developer.
        var underReview = await OpenAsync(people[Roles.ParkDeveloper], firstPark.Id, cancellationToken);
        await StepAsync(people[Roles.ParkDeveloper], underReview, Ids.Draft, ProcessOutcomes.Submit, null, null, cancellationToken);
        await StepAsync(people[Roles.Board], underReview, Ids.CompletenessCheck, ProcessOutcomes.Complete, null, null, cancellationToken);
        await StepAsync(people[Roles.Board], underReview, Ids.Route, ProcessOutcomes.Routed, null, Routing(bodies), cancellationToken);
        await StepAsync(Reviewer(bodies["MOIT"]), underReview, Ids.Review, ProcessOutcomes.RequestSupplement, "ECO.1",
            new JsonObject { [ProcessDataKeys.SupplementRequest] = "Bổ sung hóa đơn điện năm 2025 để đối chiếu mức tiết kiệm năng lượng (demo)." }, cancellationToken);
        await StepAsync(Reviewer(bodies["MOF"]), underReview, Ids.Review, ProcessOutcomes.Approve, "SOC.1", null, cancellationToken);

        // 2. Another park just submitted: the Board's completeness check.
        var submitted = await OpenAsync(Developer(others[0].InvestorOrganisationId), others[0].Id, cancellationToken);
        await StepAsync(Developer(others[0].InvestorOrganisationId), submitted, Ids.Draft, ProcessOutcomes.Submit, null, null, cancellationToken);

        // 3. A third park proposed to the People's Committee after every ministry approved.
        var proposed = await OpenAsync(Developer(others[1].InvestorOrganisationId), others[1].Id, cancellationToken);
        await StepAsync(Developer(others[1].InvestorOrganisationId), proposed, Ids.Draft, ProcessOutcomes.Submit, null, null, cancellationToken);
        await StepAsync(people[Roles.Board], proposed, Ids.CompletenessCheck, ProcessOutcomes.Complete, null, null, cancellationToken);
        await StepAsync(people[Roles.Board], proposed, Ids.Route, ProcessOutcomes.Routed, null, Routing(bodies), cancellationToken);
        foreach (var (indicator, body) in DemoRouting)
            await StepAsync(Reviewer(bodies[body]), proposed, Ids.Review, ProcessOutcomes.Approve, indicator, null, cancellationToken);
        await StepAsync(people[Roles.Board], proposed, Ids.Evaluation, ProcessOutcomes.Propose, null, null, cancellationToken);

        // 4. The demo enterprise's own eco-enterprise application, still a draft. Only an enterprise of a certified park may
        //    apply (Art 37.2 (4)), so its park holds an eco-industrial park certificate issued in 2024 (demo).
        var enterprise = people[Roles.Enterprise];
        var enterpriseRow = await db.Enterprises.Where(e => e.OrganisationId == enterprise.OrganisationId).FirstOrDefaultAsync(cancellationToken);
        if (enterpriseRow is not null)
            await CertifyParkAsync(enterpriseRow.ParkId, people[Roles.Committee], cancellationToken);
        var enterpriseId = enterpriseRow?.Id;
        if (enterpriseId is not null)
            await opening.OpenAsync(new AccessPolicy(enterprise), ApplicationKind.EcoEnterprise, null, enterpriseId, isDemo: true, cancellationToken);
    }

    /// <summary>Indicators of the national EIP set routed in the demo, with the ministry that comments on each.</summary>
    private static readonly (string Indicator, string Body)[] DemoRouting = [("ENV.1", "MAE"), ("ECO.1", "MOIT"), ("SOC.1", "MOF")];

    private static JsonObject Routing(Dictionary<string, Guid> bodies) => new()
    {
        [ProcessDataKeys.RoutedIndicators] = new JsonArray(DemoRouting
            .Select(r => (JsonNode)new JsonObject { ["indicator"] = r.Indicator, ["reviewingBody"] = bodies[r.Body].ToString() }).ToArray()),
    };

    private async Task<Guid> OpenAsync(CurrentUser developer, Guid parkId, CancellationToken cancellationToken)
    {
        var application = await opening.OpenAsync(new AccessPolicy(developer), ApplicationKind.EcoIndustrialPark, parkId, null, isDemo: true, cancellationToken)
            ?? throw new InvalidOperationException("Demo: the developer cannot apply for its park.");
        var tracked = await db.Applications.Include(a => a.Documents).SingleAsync(a => a.Id == application.Id, cancellationToken);
        foreach (var (kind, title) in new[] { (DossierDocumentKind.Registration, "Don-de-nghi"), (DossierDocumentKind.OperationReport, "Bao-cao-hoat-dong"),
                     (DossierDocumentKind.SelfEvaluation, "Tu-danh-gia-tieu-chi") })
            tracked.AttachDocument(kind, (await PdfAsync(developer, $"{title}-demo.pdf", cancellationToken)).Id, null, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return application.Id;
    }

    private async Task StepAsync(CurrentUser person, Guid applicationId, string activityId, string outcome, string? item, JsonObject? data,
        CancellationToken cancellationToken)
    {
        var taskId = await db.WorkflowTasks.Where(t => t.ApplicationId == applicationId && t.ActivityId == activityId && t.ItemKey == item)
            .Select(t => t.Id).SingleAsync(cancellationToken);
        var result = await host.CompleteTaskAsync(new AccessPolicy(person), applicationId, taskId, outcome, data, cancellationToken);
        if (!result.Succeeded)
            throw new InvalidOperationException($"Demo step {activityId} {outcome} refused: {result.Refusal} {result.Message}");
        db.ChangeTracker.Clear();
    }

    /// <summary>An eco-industrial park certificate of 2024 for the park (demo), issued by the demo People's Committee.</summary>
    private async Task CertifyParkAsync(Guid parkId, CurrentUser committee, CancellationToken cancellationToken)
    {
        var province = await db.Parks.Where(p => p.Id == parkId).Join(db.Provinces, p => p.ProvinceId, p => p.Id, (_, province) => province)
            .SingleAsync(cancellationToken);
        var number = CertificateNumber.Format(1, 2024, ApplicationKind.EcoIndustrialPark, province.Code);
        await certificates.IssueForParkAsync(parkId, number, new DateOnly(2024, 6, 14), committee.OrganisationId, committee.UserId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>A one-page PDF stored in the evidence store, owned by <paramref name="owner"/>'s organisation.</summary>
    private async Task<EvidenceFile> PdfAsync(CurrentUser owner, string name, CancellationToken cancellationToken)
    {
        var text = $"Tai lieu demo: {name}";
        var stream = $"BT /F1 14 Tf 72 720 Td ({text}) Tj ET";
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

    private async Task<Dictionary<string, CurrentUser>> PeopleAsync(CancellationToken cancellationToken)
    {
        var people = new Dictionary<string, CurrentUser>();
        foreach (var (email, role, _) in DemoData.Users)
        {
            var user = await db.Users.SingleAsync(u => u.Email == email, cancellationToken);
            var organisation = await db.Organisations.SingleAsync(o => o.Id == user.OrganisationId, cancellationToken);
            people[role] = new CurrentUser(user.Id, user.DisplayName, organisation.Id, organisation.Kind, organisation.ProvinceId,
                organisation.ReviewingBodyCode, new HashSet<string> { role });
        }
        return people;
    }

    // Investors and ministries without a demo user still act in the demo story, as the system.
    private static CurrentUser Developer(Guid organisationId) =>
        new(Guid.Empty, "demo", organisationId, OrganisationKind.ParkInvestor, null, null, new HashSet<string> { Roles.ParkDeveloper });

    private static CurrentUser Reviewer(Guid organisationId) =>
        new(Guid.Empty, "demo", organisationId, OrganisationKind.ReviewingBody, null, null, new HashSet<string> { Roles.Reviewer });
}
