using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Certification.Web.Data;
using Certification.Web.Domain.Applications;
using Certification.Web.Domain.Evidence;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Infrastructure.Workflows;
using Certification.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Infrastructure.Access;

/// <summary>
/// Walks EVERY page and API route as each role of province A against the resources of another organisation in
/// province B, and expects 403 or 404 — never B's data. A route with a parameter this test does not know fails it,
/// so a new route cannot escape the walk: add its parameter to <see cref="ForeignValue"/>.
/// </summary>
public sealed partial class CrossOrganisationAccessTests
{
    private sealed record Side(Guid ParkId, Guid EnterpriseId, Guid FileId, string ParkName, string EnterpriseName, string FileName,
        Guid ApplicationId, Guid TaskId)
    {
        public Guid ImportId { get; init; }
        public Guid ReportId { get; init; }
        public Guid WatchEntryId { get; init; }
    }

    [GeneratedRegex(@"\{\*{0,2}([A-Za-z]+)(:[^}?]+)?\??\}")]
    private static partial Regex RouteParameter();

    public static TheoryData<string> AllRoles => new(Roles.All);

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task EveryRoute_AsRoleAgainstAnotherOrganisationsResource_IsRefusedWithoutData(string role)
    {
        await using var app = await TestApp.StartAsync();
        var (users, own) = await ArrangeProvinceAsync(app, "A");
        var (_, foreign) = await ArrangeProvinceAsync(app, "B");
        var client = await SignedInClient.SignInAsync(app, users[role]);
        var token = await AntiforgeryTokenAsync(client);
        var routes = Routes(app);
        // The walk must reach every kind of resource at least once, or it proves nothing about that kind.
        foreach (var parameter in new[] { "parkId", "enterpriseId", "fileId", "applicationId", "taskId", "reportId", "entryId" })
            Assert.Contains(routes, r => r.Template.Contains("{" + parameter));

        var leaks = new List<string>();
        foreach (var (template, methods) in routes)
        {
            var url = "/" + RouteParameter().Replace(template, m => $"{ForeignValue(m.Groups[1].Value, foreign)}");
            foreach (var method in methods)
            {
                var response = await SendAsync(client, method, url, token);
                var body = await response.Content.ReadAsStringAsync();
                var status = (int)response.StatusCode;
                if (body.Contains(foreign.ParkName) || body.Contains(foreign.EnterpriseName) || body.Contains(foreign.FileName))
                    leaks.Add($"{method} {url} -> {status} shows province B's data");
                else if (template.Contains('{') && status is not (403 or 404 or 405))
                    leaks.Add($"{method} {url} -> {status}, expected 403, 404 or 405");
                else if (status >= 500)
                    leaks.Add($"{method} {url} -> {status}");
            }
        }

        Assert.True(leaks.Count == 0, $"As {role}:\n" + string.Join("\n", leaks));
    }

    [Fact]
    public async Task OwnRoutes_AsParkDeveloper_AreReachable()
    {
        // Guards the walk above against passing for the wrong reason (e.g. every route answering 404).
        await using var app = await TestApp.StartAsync();
        var (users, own) = await ArrangeProvinceAsync(app, "A");
        var client = await SignedInClient.SignInAsync(app, users[Roles.ParkDeveloper]);

        var park = await client.GetAsync($"/api/parks/{own.ParkId}");
        var enterprise = await client.GetAsync($"/api/enterprises/{own.EnterpriseId}");
        var file = await client.GetAsync($"/api/evidence/{own.FileId}");

        Assert.Equal(HttpStatusCode.OK, park.StatusCode);
        Assert.Contains(own.ParkName, await park.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, enterprise.StatusCode);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
    }

    private static object ForeignValue(string parameter, Side foreign) => parameter switch
    {
        "parkId" => foreign.ParkId,
        "enterpriseId" => foreign.EnterpriseId,
        "fileId" => foreign.FileId,
        "importId" => foreign.ImportId,
        // Certificates are public by design (anyone may verify one), so there is no foreign certificate to hide; the
        // walk checks that a code nobody was issued answers 404.
        "code" => "0123456789abcdef01234567",
        "applicationId" => foreign.ApplicationId,
        "taskId" => foreign.TaskId,
        "reportId" => foreign.ReportId,
        "entryId" => foreign.WatchEntryId,
        _ => throw new InvalidOperationException(
            $"Route parameter '{parameter}' is unknown to the access walk: map it to a resource of another organisation here."),
    };

    private static List<(string Template, string[] Methods)> Routes(TestApp app)
    {
        var source = app.Services.GetRequiredService<EndpointDataSource>();
        return source.Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Template: e.RoutePattern.RawText?.TrimStart('/') ?? "",
                Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.ToArray() ?? ["GET", "POST"]))
            .Where(r => !r.Template.StartsWith("Account/Log", StringComparison.Ordinal)) // signing in or out would end the walk
            // Posting to one's own account pages (reset authenticator, change password) would end the walk; they hold no
            // other organisation's resource, so they are read only.
            .Select(r => r.Template.StartsWith("Account/", StringComparison.Ordinal) ? (r.Template, Methods: new[] { "GET" }) : r)
            .GroupBy(r => r.Template)
            .Select(g => (g.Key, g.SelectMany(r => r.Methods).Distinct().ToArray()))
            .ToList();
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url, string token)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = url.StartsWith("/api/", StringComparison.Ordinal)
                ? new StringContent("""{"name":"Tên mới","areaHectares":10,"establishedOn":"2020-01-01","establishment":"Existing","taxCode":"0123456789","sector":"x","workforceSize":5}""", Encoding.UTF8, "application/json")
                : new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        }
        return client.SendAsync(request);
    }

    // Every page carries the language switch's form, so the home page's token serves every POST of the walk.
    private static Task<string> AntiforgeryTokenAsync(HttpClient client) => SignedInClient.AntiforgeryTokenAsync(client, "/");

    private static async Task<(Dictionary<string, TestWorld.TestUser> Users, Side Resources)> ArrangeProvinceAsync(TestApp app, string label)
    {
        var world = app.World();
        var unique = TestWorld.Unique();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var enterpriseOrganisation = await world.OrganisationAsync(OrganisationKind.Enterprise, province.Id);
        var board = await world.OrganisationAsync(OrganisationKind.ManagementBoard, province.Id);
        var committee = await world.OrganisationAsync(OrganisationKind.PeoplesCommittee, province.Id);
        var reviewer = await world.OrganisationAsync(OrganisationKind.ReviewingBody, null, "MAE");
        var park = await world.ParkAsync(province.Id, investor.Id, $"KCN {label} {unique}");
        var enterprise = await world.EnterpriseAsync(park.Id, enterpriseOrganisation.Id, $"Công ty {label} {unique}");
        var fileName = $"bang-chung-{label}-{unique}.pdf";
        var file = await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CertificationDbContext>();
            var evidence = new EvidenceFile(new string('a', 64), 10, "application/pdf", fileName, investor.Id, Guid.NewGuid(), DateTimeOffset.UtcNow);
            db.EvidenceFiles.Add(evidence);
            await db.SaveChangesAsync();
            return evidence;
        });
        // The owner's file must be readable for the positive control; write its bytes at the content address.
        var folder = Path.Combine(app.EvidenceFolder, "aa");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, new string('a', 64)), "%PDF-1.4 test");

        // An application of the province in the middle of its review, so task routes have a real foreign task.
        var (applicationId, taskId) = await app.InScopeAsync(async services =>
        {
            var developer = new CurrentUser(Guid.NewGuid(), "developer", investor.Id, OrganisationKind.ParkInvestor, province.Id, null,
                new HashSet<string> { Roles.ParkDeveloper });
            var application = (await services.GetRequiredService<ApplicationOpening>().OpenAsync(new AccessPolicy(developer),
                ApplicationKind.EcoIndustrialPark, park.Id, null, false, CancellationToken.None))!;
            var db = services.GetRequiredService<CertificationDbContext>();
            var task = await db.WorkflowTasks.SingleAsync(t => t.ApplicationId == application.Id);
            return (application.Id, task.Id);
        });
        var users = new Dictionary<string, TestWorld.TestUser>
        {
            [Roles.ParkDeveloper] = await world.UserAsync(Roles.ParkDeveloper, investor.Id),
            [Roles.Enterprise] = await world.UserAsync(Roles.Enterprise, enterpriseOrganisation.Id),
            [Roles.Reviewer] = await world.UserAsync(Roles.Reviewer, reviewer.Id),
            [Roles.Board] = await world.UserAsync(Roles.Board, board.Id),
            [Roles.Committee] = await world.UserAsync(Roles.Committee, committee.Id),
            [Roles.Administrator] = await world.UserAsync(Roles.Administrator, board.Id),
        };
        var import = await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CertificationDbContext>();
            var upload = new Certification.Web.Domain.Enterprises.EnterpriseImport(park.Id, 2025, $"nhap-{label}-{unique}.csv", Certification.Web.Domain.Enterprises.ImportFormat.Csv,
                System.Text.Encoding.UTF8.GetBytes("Mã số thuế,Tên doanh nghiệp\n3600000001,Công ty\n"), users[Roles.ParkDeveloper].Id, DateTimeOffset.UtcNow);
            db.EnterpriseImports.Add(upload);
            await db.SaveChangesAsync();
            return upload;
        });
        // A yearly report and a watch-list case of the province's certified park, so monitoring routes have real foreign rows.
        var (reportId, entryId) = await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CertificationDbContext>();
            var report = Certification.Web.Domain.Monitoring.AnnualReport.ForPark(park.Id, 2025, users[Roles.ParkDeveloper].Id, DateTimeOffset.UtcNow);
            // Certificates are public (the registry lists them), so the printed name is not the park's name the walk looks for.
            var certificate = Certification.Web.Domain.Certificates.Certificate.ForPark($"{unique}/GCN", province.Id, park.Id, $"GCN {label}", "UBND",
                "NĐ 35", new DateOnly(2025, 1, 15), null);
            certificate.AttachPdf(file.Id);
            var entry = new Certification.Web.Domain.Monitoring.WatchEntry(Certification.Web.Domain.Monitoring.ReportSubject.Park, park.Id, null,
                province.Id, certificate.Id, Certification.Web.Domain.Monitoring.WatchReason.MissedReport, 2025, [], null, new DateOnly(2027, 1, 10));
            db.AddRange(report, certificate, entry);
            await db.SaveChangesAsync();
            return (report.Id, entry.Id);
        });
        return (users, new Side(park.Id, enterprise.Id, file.Id, park.Name, enterprise.Name, fileName, applicationId, taskId)
            { ImportId = import.Id, ReportId = reportId, WatchEntryId = entryId });
    }
}
