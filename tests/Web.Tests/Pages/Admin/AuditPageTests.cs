using Certification.Web.Infrastructure.Identity;
using System.Net;
using Certification.Web.Tests.Infrastructure;

namespace Certification.Web.Tests.Pages.Admin;

public sealed class AuditPageTests
{
    [Fact]
    public async Task OnGet_WhenChainIsUntouched_ShowsIntactWithRowCount()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await RoleSession.StartAsync(app, Roles.Administrator);
        var rows = await app.Database.ScalarAsync<long>("SELECT count(*) FROM \"AuditEntries\"");

        var response = await admin.Client.GetAsync("/Admin/Audit");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"Chuỗi nhật ký nguyên vẹn: đã kiểm tra {rows} dòng.", PageHtml.TextOf(html, "chain-status"));
    }

    [Fact]
    public async Task OnGet_AfterARowWasEditedInTheDatabase_ShowsBrokenAtThatRow()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await RoleSession.StartAsync(app, Roles.Administrator);
        await app.World(actingAs: admin.User).ProvinceAsync();
        var row = await app.Database.ScalarAsync<long>("SELECT max(\"Sequence\") FROM \"AuditEntries\"");
        await app.Database.ExecuteAsync($"UPDATE \"AuditEntries\" SET \"After\"='x' WHERE \"Sequence\"={row}");

        var html = PageHtml.Decoded(await (await admin.Client.GetAsync("/Admin/Audit")).Content.ReadAsStringAsync());

        Assert.Contains($"Chuỗi nhật ký bị phá vỡ tại dòng {row}: nội dung dòng đã bị sửa.", html);
        Assert.Contains("<tr class=\"broken\">", html);
    }

    [Fact]
    public async Task OnGet_ForEnglishAdministratorAfterARowWasDeleted_SaysBrokenAtRowInEnglish()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await RoleSession.StartAsync(app, Roles.Administrator, culture: "en");
        await app.Database.ExecuteAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\"=3");

        var html = PageHtml.Decoded(await (await admin.Client.GetAsync("/Admin/Audit")).Content.ReadAsStringAsync());

        Assert.Contains("Audit chain broken at row 3: this row was deleted.", html);
    }

    [Fact]
    public async Task OnGet_ShowsNewestFiftyFirstAndPagesToOlderEntries()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await RoleSession.StartAsync(app, Roles.Administrator);
        var world = app.World(actingAs: admin.User);
        for (var i = 0; i < 55; i++)
            await world.ProvinceAsync();
        var total = await app.Database.ScalarAsync<long>("SELECT count(*) FROM \"AuditEntries\"");

        var first = await (await admin.Client.GetAsync("/Admin/Audit")).Content.ReadAsStringAsync();
        var second = await (await admin.Client.GetAsync("/Admin/Audit?p=2")).Content.ReadAsStringAsync();

        Assert.Equal(50, System.Text.RegularExpressions.Regex.Matches(first, "<td class=\"num\">").Count);
        Assert.Contains($"<td class=\"num\">{total}</td>", first);
        Assert.DoesNotContain($"<td class=\"num\">{total - 50}</td>", first);
        Assert.Contains($"<td class=\"num\">{total - 50}</td>", second);
        Assert.Contains("Province", first);
        Assert.Contains(admin.User.Email, first);
        Assert.DoesNotContain("test-arrange", first); // rows of system actors are counted, never shown
    }

    [Fact]
    public async Task OnGet_ShowsVietnameseLettersInTheJsonAsLetters()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await RoleSession.StartAsync(app, Roles.Administrator);
        await app.World(actingAs: admin.User).ProvinceAsync("Tỉnh Đồng Tháp Thử");

        var html = await (await admin.Client.GetAsync("/Admin/Audit")).Content.ReadAsStringAsync();

        Assert.Contains("Tỉnh Đồng Tháp Thử", html);
        Assert.DoesNotContain("\\u1EC9", html);
    }
}
