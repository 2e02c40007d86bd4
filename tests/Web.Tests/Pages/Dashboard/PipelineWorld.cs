using System.Text.Json.Nodes;
using Certification.Web.Data;
using Certification.Web.Domain.Applications;
using Certification.Web.Domain.Assessment;
using Certification.Web.Domain.Evidence;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Infrastructure.Workflows;
using Certification.Web.Tests.Infrastructure;
using Certification.Workflows.Clocks;
using Certification.Workflows.Processes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ids = Certification.Workflows.Processes.EcoIndustrialParkProcess.ActivityIds;

namespace Certification.Web.Tests.Pages.Dashboard;

/// <summary>
/// One province with six parks, one in each pipeline stage, driven through the real host on a test clock (Viet Nam
/// dates, October–November 2026, a stretch without public holidays):
/// <list type="bullet">
/// <item>A: nothing. B: answers LEGAL.1 yes and ENV.5 no. C: submitted on Mon 5 Oct, completeness not checked.</item>
/// <item>D: complete and routed Mon 5 Oct (ENV.1 to MAE, ENV.2 to MOIT); MAE approves Thu 8 Oct; MOIT never answers.</item>
/// <item>E: routed Mon 5 Oct; MOIT approves Mon 19 Oct; MAE approves Mon 2 Nov (late: due Mon 26 Oct); the Board proposes Mon 2 Nov.</item>
/// <item>F: routed Mon 5 Oct; both approve Thu 8 Oct; proposed and approved Thu 8 Oct: certificate of 8 Oct 2026.</item>
/// </list>
/// The dashboard is then read on Mon 9 Nov 2026. A second province holds a park with an open dossier that must not show.
/// </summary>
internal sealed class PipelineWorld
{
    public static readonly DateOnly Today = new(2026, 11, 9);
    public const string A = "KCN A Chưa bắt đầu", B = "KCN B Tự đánh giá", C = "KCN C Đã nộp", D = "KCN D Thẩm định",
        E = "KCN E Trình UBND", F = "KCN F Chứng nhận";

    private readonly TestApp _app;
    private readonly TestClock _clock;
    private readonly Dictionary<Guid, CurrentUser> _developers = [];
    private List<Guid> _files = [];

    private PipelineWorld(TestApp app, TestClock clock) => (_app, _clock) = (app, clock);

    public Dictionary<string, Guid> Parks { get; } = [];
    public CurrentUser Board { get; private set; } = null!;
    public Organisation BoardOrganisation { get; private set; } = null!;
    public Organisation Mae { get; private set; } = null!;
    public Organisation Moit { get; private set; } = null!;
    public string ForeignParkName { get; private set; } = "";
    private CurrentUser _committee = null!;

    public static TestClock Clock() => new(VietnamTime.StartOf(new DateOnly(2026, 10, 5)).AddHours(9));

    public static async Task<PipelineWorld> ArrangeAsync(TestApp app, TestClock clock)
    {
        var world = new PipelineWorld(app, clock);
        await world.ArrangeCastAsync([A, B, C, D, E, F]);
        await world.TellSixStagesAsync();
        return world;
    }

    /// <summary>
    /// One park G, routed Mon 5 Oct; MOIT asks for a supplement on ENV.2 Thu 8 Oct, the developer supplies it Thu 15 Oct
    /// (both clocks stood still 5 working days: 9, 12, 13, 14, 15 Oct); MOIT and MAE approve Fri 30 Oct. Read Mon 2 Nov.
    /// </summary>
    public static async Task<PipelineWorld> ArrangeSupplementAsync(TestApp app, TestClock clock)
    {
        var world = new PipelineWorld(app, clock);
        await world.ArrangeCastAsync([G]);
        var g = await world.RouteAsync(world.Parks[G]);
        world.At(new DateOnly(2026, 10, 8));
        await world.StepAsync(Person(Roles.Reviewer, world.Moit), g, Ids.Review, ProcessOutcomes.RequestSupplement,
            new JsonObject { [ProcessDataKeys.SupplementRequest] = "Bổ sung hóa đơn điện" }, "ENV.2");
        world.At(new DateOnly(2026, 10, 15));
        await world.StepAsync(world._developers[world.Parks[G]], g, Ids.Supplement, ProcessOutcomes.Supplied, item: "ENV.2");
        world.At(new DateOnly(2026, 10, 30));
        await world.ReviewAsync(g, world.Moit, "ENV.2");
        await world.ReviewAsync(g, world.Mae, "ENV.1");
        world.At(new DateOnly(2026, 11, 2));
        return world;
    }

    public const string G = "KCN G Bổ sung";

    private async Task ArrangeCastAsync(IReadOnlyList<string> parks)
    {
        var world = _app.World();
        var province = await world.ProvinceAsync();
        BoardOrganisation = await world.OrganisationAsync(OrganisationKind.ManagementBoard, province.Id);
        var committee = await world.OrganisationAsync(OrganisationKind.PeoplesCommittee, province.Id);
        Mae = await world.OrganisationAsync(OrganisationKind.ReviewingBody, null, "MAE");
        Moit = await world.OrganisationAsync(OrganisationKind.ReviewingBody, null, "MOIT");
        Board = Person(Roles.Board, BoardOrganisation);
        _committee = Person(Roles.Committee, committee);
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        _files = await FilesAsync(investor.Id);
        foreach (var name in parks)
        {
            Parks[name] = (await world.ParkAsync(province.Id, investor.Id, name)).Id;
            _developers[Parks[name]] = Person(Roles.ParkDeveloper, investor);
        }
    }

    private async Task TellSixStagesAsync()
    {
        await AnswerAsync(Parks[B]);

        // Mon 5 Oct: C submitted; D, E, F submitted, found complete and routed.
        await SubmitAsync(Parks[C]);
        var d = await RouteAsync(Parks[D]);
        var e = await RouteAsync(Parks[E]);
        var f = await RouteAsync(Parks[F]);
        At(new DateOnly(2026, 10, 8));
        await ReviewAsync(d, Mae, "ENV.1");
        await ReviewAsync(f, Mae, "ENV.1");
        await ReviewAsync(f, Moit, "ENV.2");
        await StepAsync(Board, f, Ids.Evaluation, ProcessOutcomes.Propose);
        await StepAsync(_committee, f, Ids.CommitteeDecision, ProcessOutcomes.Approve);
        At(new DateOnly(2026, 10, 19));
        await ReviewAsync(e, Moit, "ENV.2");
        At(new DateOnly(2026, 11, 2));
        await ReviewAsync(e, Mae, "ENV.1");
        await StepAsync(Board, e, Ids.Evaluation, ProcessOutcomes.Propose);
        await ForeignProvinceAsync();
        At(Today);
    }

    private void At(DateOnly date) => _clock.Set(VietnamTime.StartOf(date).AddHours(9));

    private async Task ForeignProvinceAsync()
    {
        var world = _app.World();
        var province = await world.ProvinceAsync();
        await world.OrganisationAsync(OrganisationKind.ManagementBoard, province.Id);
        await world.OrganisationAsync(OrganisationKind.PeoplesCommittee, province.Id);
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        ForeignParkName = "KCN ngoài tỉnh " + TestWorld.Unique();
        var park = await world.ParkAsync(province.Id, investor.Id, ForeignParkName);
        _developers[park.Id] = Person(Roles.ParkDeveloper, investor);
        _files = await FilesAsync(investor.Id);
        await SubmitAsync(park.Id);
    }

    private async Task<Guid> SubmitAsync(Guid parkId)
    {
        var id = await _app.InScopeAsync(async services =>
        {
            var application = await services.GetRequiredService<ApplicationOpening>().OpenAsync(new AccessPolicy(_developers[parkId]),
                ApplicationKind.EcoIndustrialPark, parkId, null, isDemo: false, CancellationToken.None);
            var db = services.GetRequiredService<CertificationDbContext>();
            var tracked = await db.Applications.Include(a => a.Documents).SingleAsync(a => a.Id == application!.Id);
            tracked.AttachDocument(DossierDocumentKind.Registration, _files[0], null, _clock.GetUtcNow());
            tracked.AttachDocument(DossierDocumentKind.OperationReport, _files[1], null, _clock.GetUtcNow());
            tracked.AttachDocument(DossierDocumentKind.SelfEvaluation, _files[2], null, _clock.GetUtcNow());
            await db.SaveChangesAsync();
            return tracked.Id;
        });
        await StepAsync(_developers[parkId], id, Ids.Draft, ProcessOutcomes.Submit);
        return id;
    }

    private async Task<Guid> RouteAsync(Guid parkId)
    {
        var id = await SubmitAsync(parkId);
        await StepAsync(Board, id, Ids.CompletenessCheck, ProcessOutcomes.Complete);
        await StepAsync(Board, id, Ids.Route, ProcessOutcomes.Routed, new JsonObject
        {
            [ProcessDataKeys.RoutedIndicators] = new JsonArray(
                new JsonObject { ["indicator"] = "ENV.1", ["reviewingBody"] = Mae.Id.ToString() },
                new JsonObject { ["indicator"] = "ENV.2", ["reviewingBody"] = Moit.Id.ToString() }),
        });
        return id;
    }

    private Task ReviewAsync(Guid applicationId, Organisation body, string indicator) =>
        StepAsync(Person(Roles.Reviewer, body), applicationId, Ids.Review, ProcessOutcomes.Approve, item: indicator);

    private Task StepAsync(CurrentUser person, Guid applicationId, string activityId, string outcome, JsonObject? data = null, string? item = null) =>
        _app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CertificationDbContext>();
            var taskId = await db.WorkflowTasks.Where(t => t.ApplicationId == applicationId && t.ActivityId == activityId && t.ItemKey == item)
                .Select(t => t.Id).SingleAsync();
            var result = await services.GetRequiredService<WorkflowHost>()
                .CompleteTaskAsync(new AccessPolicy(person), applicationId, taskId, outcome, data, CancellationToken.None);
            Assert.True(result.Succeeded, $"{activityId} {outcome}: {result.Refusal} {result.Message}");
        });

    private Task AnswerAsync(Guid parkId) => _app.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<CertificationDbContext>();
        var park = await db.Parks.SingleAsync(p => p.Id == parkId);
        var legal = new ParkAnswer(park, "LEGAL.1");
        legal.AnswerYesNo(true, null, null, _clock.GetUtcNow());
        var monitoring = new ParkAnswer(park, "ENV.5");
        monitoring.AnswerYesNo(false, null, null, _clock.GetUtcNow());
        db.ParkAnswers.AddRange(legal, monitoring);
        await db.SaveChangesAsync();
    });

    private Task<List<Guid>> FilesAsync(Guid owner) => _app.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<CertificationDbContext>();
        var created = Enumerable.Range(0, 3).Select(i => new EvidenceFile(new string((char)('a' + i), 64), 10, "application/pdf",
            $"ho-so-{i}.pdf", owner, Guid.NewGuid(), _clock.GetUtcNow())).ToList();
        db.EvidenceFiles.AddRange(created);
        await db.SaveChangesAsync();
        return created.Select(f => f.Id).ToList();
    });

    public static CurrentUser Person(string role, Organisation organisation) =>
        new(Guid.NewGuid(), role + " " + TestWorld.Unique(), organisation.Id, organisation.Kind, organisation.ProvinceId,
            organisation.ReviewingBodyCode, new HashSet<string> { role });
}
