using System.Net;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;

namespace Certification.Web.Tests.Pages.Criteria;

public sealed class CataloguePageTests
{
    [Fact]
    public async Task Get_ParkSet_ListsEveryIndicatorWithThresholdBodyAndProvenance()
    {
        await using var app = await TestApp.StartAsync();
        var session = await RoleSession.StartAsync(app, Roles.Board);

        var response = await session.Client.GetAsync("/Criteria");
        var text = await PageContent.MainTextAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bộ tiêu chí khu công nghiệp sinh thái quốc gia", text);
        foreach (var code in new[] { "LEGAL.1", "ENV.1", "ENV.2", "PM.4", "SOC.1", "ECO.6" })
            Assert.Contains(code, text);
        Assert.Contains("ít nhất 20 %", text);
        Assert.Contains("Tỷ lệ doanh nghiệp: có quy trình giải quyết khiếu nại của người lao động, trong số doanh nghiệp có số lao động trên 100", text);
        Assert.Contains("Chỉ KCN thành lập mới", text);
        Assert.Contains("Bộ Tài chính (MOF)", text);
        Assert.Contains("[D] Giá trị mặc định do thiết kế", text);
    }

    [Fact]
    public async Task Get_EnterpriseSetInEnglish_ShowsEnglishTitlesAndWords()
    {
        await using var app = await TestApp.StartAsync();
        var session = await RoleSession.StartAsync(app, Roles.Enterprise, "en");

        var response = await session.Client.GetAsync("/Criteria?set=enterprise&version=1");
        var text = await PageContent.MainTextAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("vn-eco-enterprise-national", text);
        Assert.Contains("Indicator sets", text);
        Assert.Contains("Mandatory", text);
        Assert.DoesNotContain("Bắt buộc", text);
    }

    [Fact]
    public async Task Get_VersionNotPublished_IsNotFound()
    {
        await using var app = await TestApp.StartAsync();
        var session = await RoleSession.StartAsync(app, Roles.ParkDeveloper);

        var response = await session.Client.GetAsync("/Criteria?set=park&version=9");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
