using System.Text.Json.Nodes;
using Certification.Web.Data;
using Certification.Web.Domain.Applications;
using Certification.Web.Domain.Certificates;
using Certification.Web.Domain.Evidence;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Infrastructure.Workflows;
using Certification.Web.Tests.Infrastructure;
using Certification.Workflows.Processes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ids = Certification.Workflows.Processes.EcoEnterpriseProcess.ActivityIds;

namespace Certification.Web.Tests.Workflows;

/// <summary>
/// One province with everybody an eco-enterprise dossier meets (the enterprise, the Board, two provincial departments),
/// a park (certified unless told otherwise) with the enterprise, and its three dossier files; steps go through
/// <see cref="WorkflowHost"/> in their own scope, like requests.
/// </summary>
internal sealed class EnterpriseWorld(TestApp app, Province province, Guid parkId, Guid enterpriseId, Dictionary<string, CurrentUser> people,
    IReadOnlyList<Guid> files)
{
    public const string Company = "company", Board = "board", Dae = "dae", Doit = "doit", Developer = "developer";

    public TestApp App => app;
    public Province Province => province;
    public Guid ParkId => parkId;
    public Guid EnterpriseId => enterpriseId;
    public CurrentUser Person(string name) => people[name];
    public Guid BodyOf(string department) => people[department].OrganisationId;

    /// <param name="certified">Whether the park gets a valid eco-industrial park certificate.</param>
    public static async Task<EnterpriseWorld> CreateAsync(TestApp app, bool certified = true)
    {
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var board = await world.OrganisationAsync(OrganisationKind.ManagementBoard, province.Id);
        var company = await world.OrganisationAsync(OrganisationKind.Enterprise, province.Id);
        var dae = await world.OrganisationAsync(OrganisationKind.ReviewingBody, province.Id, "DAE");
        var doit = await world.OrganisationAsync(OrganisationKind.ReviewingBody, province.Id, "DOIT");
        var park = await world.ParkAsync(province.Id, investor.Id);
        var enterprise = await world.EnterpriseAsync(park.Id, company.Id);
        var people = new Dictionary<string, CurrentUser>
        {
            [Company] = Person(Roles.Enterprise, company), [Board] = Person(Roles.Board, board),
            [Dae] = Person(Roles.Reviewer, dae), [Doit] = Person(Roles.Reviewer, doit), [Developer] = Person(Roles.ParkDeveloper, investor),
        };
        var files = await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CertificationDbContext>();
            var created = Enumerable.Range(0, 3).Select(i => new EvidenceFile(new string((char)('d' + i), 64), 10, "application/pdf",
                $"ho-so-dn-{i}.pdf", company.Id, Guid.NewGuid(), DateTimeOffset.UtcNow)).ToList();
            db.EvidenceFiles.AddRange(created);
            await db.SaveChangesAsync();
            return created.Select(f => f.Id).ToList();
        });
        var created = new EnterpriseWorld(app, province, park.Id, enterprise.Id, people, files);
        if (certified)
            await created.CertifyParkAsync(new DateOnly(2024, 6, 14));
        return created;
    }

    private static CurrentUser Person(string role, Organisation organisation) =>
        new(Guid.NewGuid(), role + " " + TestWorld.Unique(), organisation.Id, organisation.Kind, organisation.ProvinceId,
            organisation.ReviewingBodyCode, new HashSet<string> { role });

    /// <summary>Gives the park an eco-industrial park certificate (a stored row with a PDF file), optionally expiring or revoked.</summary>
    public Task<Certificate> CertifyParkAsync(DateOnly issuedOn, DateOnly? validUntil = null, DateOnly? revokedOn = null) =>
        CertifyParkAsync(app, province.Id, parkId, people[Board].OrganisationId, issuedOn, validUntil, revokedOn);

    public static Task<Certificate> CertifyParkAsync(TestApp app, Guid provinceId, Guid parkId, Guid issuerOrganisationId, DateOnly issuedOn,
        DateOnly? validUntil = null, DateOnly? revokedOn = null) =>
        app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CertificationDbContext>();
            var certificate = StoredCertificate.Add(db, Certificate.ForPark($"{TestWorld.Unique()}/2024/GCN-KCNST", provinceId, parkId, "KCN",
                "UBND tỉnh", "Nghị định 35/2022/NĐ-CP", issuedOn, validUntil), issuerOrganisationId);
            if (revokedOn is { } on)
                certificate.Revoke(on, "Không duy trì tiêu chí");
            await db.SaveChangesAsync();
            return certificate;
        });

    /// <summary>Opens the enterprise's application as the enterprise and attaches the three required parts.</summary>
    public Task<Guid> OpenAsync() => app.InScopeAsync(async services =>
    {
        var application = await services.GetRequiredService<ApplicationOpening>()
            .OpenAsync(new AccessPolicy(Person(Company)), ApplicationKind.EcoEnterprise, null, enterpriseId, isDemo: false, CancellationToken.None);
        var db = services.GetRequiredService<CertificationDbContext>();
        var tracked = await db.Applications.Include(a => a.Documents).SingleAsync(a => a.Id == application!.Id);
        foreach (var (part, file) in CertificationApplication.RequiredParts.Zip(files))
            tracked.AttachDocument(part, file, null, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
        return tracked.Id;
    });

    public JsonObject Departments() => new()
    {
        [ProcessDataKeys.ConsultedDepartments] = new JsonArray(
            new JsonObject { [ProcessDataKeys.Department] = BodyOf(Dae).ToString() },
            new JsonObject { [ProcessDataKeys.Department] = BodyOf(Doit).ToString() }),
    };

    /// <summary>Opens, submits, finds complete and forwards to both departments.</summary>
    public async Task<Guid> OpenAndForwardAsync()
    {
        var id = await OpenAsync();
        ProcessWorld.Done(await ActAsync(Company, id, Ids.Draft, ProcessOutcomes.Submit));
        ProcessWorld.Done(await ActAsync(Board, id, Ids.CompletenessCheck, ProcessOutcomes.Complete));
        ProcessWorld.Done(await ActAsync(Board, id, Ids.Forward, ProcessOutcomes.Routed, Departments()));
        return id;
    }

    /// <summary>Forwarded and both departments agreed: the Board's evaluation is open.</summary>
    public async Task<Guid> ReachEvaluationAsync()
    {
        var id = await OpenAndForwardAsync();
        ProcessWorld.Done(await ActAsync(Dae, id, Ids.Comment, ProcessOutcomes.Approve, itemKey: BodyOf(Dae).ToString()));
        ProcessWorld.Done(await ActAsync(Doit, id, Ids.Comment, ProcessOutcomes.Approve, itemKey: BodyOf(Doit).ToString()));
        return id;
    }

    public ProcessWorld AsProcessWorld() => new(app, province, parkId,
        people.ToDictionary(p => p.Key, p => p.Value), files);

    public Task<Certification.Workflows.Runtime.Bookmark?> TaskAsync(Guid id, string activityId, string? itemKey = null) =>
        AsProcessWorld().TaskAsync(id, activityId, itemKey);

    public Task<Certification.Workflows.Runtime.WorkflowInstance> InstanceAsync(Guid id) => AsProcessWorld().InstanceAsync(id);

    public Task<CertificationApplication> ApplicationAsync(Guid id) => AsProcessWorld().ApplicationAsync(id);

    public Task<TaskResult> ActAsync(string person, Guid id, string activityId, string outcome, JsonObject? data = null, string? itemKey = null) =>
        AsProcessWorld().ActAsync(person, id, activityId, outcome, data, itemKey);

    /// <summary>A real user in <paramref name="person"/>'s role and organisation, signed in.</summary>
    public async Task<HttpClient> ClientAsync(string person)
    {
        var who = Person(person);
        return await SignedInClient.SignInAsync(app, await app.World().UserAsync(who.Roles.Single(), who.OrganisationId));
    }
}
