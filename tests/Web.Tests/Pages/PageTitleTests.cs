using System.Text.RegularExpressions;
using Certification.Web.Data;
using Certification.Web.Data.Demo;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Pages;

/// <summary>
/// The browser tab's title of the pages whose title joins a translated heading with a name: the heading's words, not the
/// name of the type that carries them (a localised string joined with "+" printed as
/// "Microsoft.AspNetCore.Mvc.Localization.LocalizedHtmlString").
/// </summary>
public sealed partial class PageTitleTests
{
    [Fact]
    public async Task Get_PagesTitledWithHeadingAndName_ShowTheHeadingInWords()
    {
        await using var app = await TestApp.StartAsync();
        await app.InScopeAsync(services => DemoSeed.LoadAsync(services, CancellationToken.None));
        var (boardOrganisation, (report, year), watch, enterprise, park) = await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CertificationDbContext>();
            var entry = await db.WatchEntries.FirstAsync();
            return (await db.Users.Where(u => u.Email == "board@demo.local").Select(u => u.OrganisationId).SingleAsync(),
                await db.AnnualReports.Select(r => new ValueTuple<Guid, int>(r.Id, r.ReportingYear)).FirstAsync(), entry.Id,
                await db.Enterprises.Where(e => e.ParkId == entry.ParkId).Select(e => e.Id).FirstAsync(), entry.ParkId);
        });
        var board = await SignedInClient.SignInAsync(app, await app.World().UserAsync(Roles.Board, boardOrganisation));

        var titles = new Dictionary<string, string>();
        foreach (var path in new[] { $"/Enterprises/{enterprise}/Facts", $"/Parks/{park}/Assessment", $"/Parks/{park}/Symbiosis",
                     $"/Monitoring/Report/{report}", $"/Monitoring/Watch/{watch}" })
            titles[path] = Title().Match(PageHtml.Decoded(await board.GetStringAsync(path))).Groups[1].Value;

        Assert.StartsWith("Số liệu hằng năm · ", titles[$"/Enterprises/{enterprise}/Facts"]);
        Assert.StartsWith("Tự đánh giá · ", titles[$"/Parks/{park}/Assessment"]);
        Assert.StartsWith("Sổ đăng ký cộng sinh · ", titles[$"/Parks/{park}/Symbiosis"]);
        Assert.StartsWith($"Báo cáo hằng năm {year} · ", titles[$"/Monitoring/Report/{report}"]);
        Assert.StartsWith("Danh sách theo dõi · ", titles[$"/Monitoring/Watch/{watch}"]);
        Assert.All(titles.Values, title => Assert.DoesNotContain("Microsoft.", title));
    }

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex Title();
}
