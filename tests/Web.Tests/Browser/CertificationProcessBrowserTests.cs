using Certification.Web.Data;
using Certification.Web.Domain.Evidence;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;
using Certification.Web.Tests.Infrastructure.Browser;
using Certification.Workflows.Processes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Certification.Web.Tests.Browser;

/// <summary>
/// One eco-industrial park application from submission to certificate, entirely through the pages in Chromium: the
/// developer opens and submits it, the Board checks and routes it, the ministry reviews every indicator, the Board
/// proposes, the Committee approves, and the developer finds the certificate, which the public page calls valid.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CertificationProcessBrowserTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task Application_FromSubmissionToCertificate_ThroughThePagesAsEachRole()
    {
        await using var app = await TestApp.StartOnKestrelAsync();
        var world = app.World();
        var province = await world.ProvinceAsync(name: "Đồng Nai");
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var board = await world.OrganisationAsync(OrganisationKind.ManagementBoard, province.Id);
        var committee = await world.OrganisationAsync(OrganisationKind.PeoplesCommittee, province.Id);
        var ministry = await world.OrganisationAsync(OrganisationKind.ReviewingBody, null, "MAE");
        var park = await world.ParkAsync(province.Id, investor.Id, "KCN Sinh thái Long Đức " + TestWorld.Unique());
        var developer = await world.UserAsync(Roles.ParkDeveloper, investor.Id);
        var officer = await world.UserAsync(Roles.Board, board.Id, withTwoFactor: true);
        var reviewer = await world.UserAsync(Roles.Reviewer, ministry.Id);
        var member = await world.UserAsync(Roles.Committee, committee.Id, withTwoFactor: true);
        await DossierFilesAsync(app, investor.Id, developer.Id);

        // Developer: open the application, attach the three required parts, submit.
        string applicationUrl;
        await using (var person = await BrowserUser.SignInAsync(chromium, app, developer))
        {
            var page = person.Page;
            await page.GotoAsync("/Applications");
            await page.SelectOptionAsync("#ParkId", park.Id.ToString());
            await page.ClickAsync("#open-application-button");
            await page.WaitForURLAsync(url => url.Contains("/Applications/Details/", StringComparison.Ordinal));
            applicationUrl = new Uri(page.Url).AbsolutePath;
            foreach (var (part, file) in new[] { ("Registration", "dang-ky.pdf"), ("OperationReport", "bao-cao-van-hanh.pdf"), ("SelfEvaluation", "tu-danh-gia.pdf") })
            {
                await page.SelectOptionAsync("#Part", part);
                await page.SelectOptionAsync("#FileId", new SelectOptionValue { Label = file });
                await page.ClickAsync("#attach-document button[type=submit]");
                await page.WaitForLoadStateAsync();
            }
            await ActOnOnlyStepAsync(page, applicationUrl, ProcessOutcomes.Submit);
        }

        // Board: completeness check, then routing every indicator to the ministry.
        await using (var person = await BrowserUser.SignInAsync(chromium, app, officer))
        {
            await ActFromInboxAsync(person.Page, ProcessOutcomes.Complete);
            await OpenFirstInboxTaskAsync(person.Page);
            foreach (var select in await person.Page.QuerySelectorAllAsync("#route-table select"))
                await select.SelectOptionAsync(ministry.Id.ToString());
            await ClickOutcomeAsync(person.Page, ProcessOutcomes.Routed);
        }

        // Ministry: approve every indicator routed to it, from its inbox.
        await using (var person = await BrowserUser.SignInAsync(chromium, app, reviewer))
        {
            var reviews = 0;
            while (await InboxCountAsync(person.Page) > 0)
            {
                await ActFromInboxAsync(person.Page, ProcessOutcomes.Approve);
                reviews++;
            }
            Assert.True(reviews > 1, $"Expected one review per routed indicator, got {reviews}.");
        }

        // Board proposes; Committee approves.
        await using (var person = await BrowserUser.SignInAsync(chromium, app, officer))
            await ActFromInboxAsync(person.Page, ProcessOutcomes.Propose);
        await using (var person = await BrowserUser.SignInAsync(chromium, app, member))
            await ActFromInboxAsync(person.Page, ProcessOutcomes.Approve);

        // Developer: the certificate is on the application and the public page says it is valid.
        await using (var person = await BrowserUser.SignInAsync(chromium, app, developer))
        {
            await person.Page.GotoAsync(applicationUrl);
            var number = await person.Page.InnerTextAsync("#certificate-number");
            await person.ScreenshotAsync("application-certified");
            await person.Page.ClickAsync("#certificate-link");
            await person.Page.WaitForURLAsync(url => url.Contains("/Verify/", StringComparison.Ordinal));
            var verdict = await person.Page.InnerTextAsync("main");
            await person.ScreenshotAsync("certificate-verified");

            Assert.Matches(@"^01/\d{4}/GCN-KCNST-", number.Trim());
            Assert.Contains("Còn hiệu lực", verdict);
            Assert.Contains(park.Name, verdict);
        }
    }

    private static async Task ActOnOnlyStepAsync(IPage page, string applicationUrl, string outcome)
    {
        await page.GotoAsync(applicationUrl);
        await page.ClickAsync("#open-steps a[id^=act-]");
        await ClickOutcomeAsync(page, outcome);
    }

    private static async Task ActFromInboxAsync(IPage page, string outcome)
    {
        await OpenFirstInboxTaskAsync(page);
        await ClickOutcomeAsync(page, outcome);
    }

    private static async Task OpenFirstInboxTaskAsync(IPage page)
    {
        await page.GotoAsync("/Tasks/Inbox");
        await page.ClickAsync("tr[data-task-id] a");
        await page.WaitForSelectorAsync("#task-form");
    }

    private static async Task ClickOutcomeAsync(IPage page, string outcome)
    {
        await page.ClickAsync($"#outcome-{outcome}");
        await page.WaitForLoadStateAsync();
        var problem = await page.QuerySelectorAsync("#form-problem, .validation-summary, .alert.error");
        if (problem is not null && page.Url.Contains("/Tasks/Task/", StringComparison.Ordinal))
            throw new InvalidOperationException($"'{outcome}' was refused: {await problem.InnerTextAsync()}");
    }

    private static async Task<int> InboxCountAsync(IPage page)
    {
        await page.GotoAsync("/Tasks/Inbox");
        return (await page.QuerySelectorAllAsync("tr[data-task-id]")).Count;
    }

    private static Task DossierFilesAsync(TestApp app, Guid investorId, Guid developerId) => app.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<CertificationDbContext>();
        var names = new[] { "dang-ky.pdf", "bao-cao-van-hanh.pdf", "tu-danh-gia.pdf" };
        for (var i = 0; i < names.Length; i++)
        {
            var sha = new string((char)('a' + i), 64);
            db.EvidenceFiles.Add(new EvidenceFile(sha, 14, "application/pdf", names[i], investorId, developerId, DateTimeOffset.UtcNow));
            var folder = Path.Combine(app.EvidenceFolder, sha[..2]);
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(Path.Combine(folder, sha), "%PDF-1.4 test");
        }
        await db.SaveChangesAsync();
    });
}
