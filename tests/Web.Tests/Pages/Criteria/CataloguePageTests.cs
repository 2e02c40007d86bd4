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
        // Citations and evidence in Vietnamese words, not the set's English or its codes.
        Assert.Contains("khoản 1 Điều 37 Nghị định 35/2022/NĐ-CP (ít nhất 20 % doanh nghiệp áp dụng RECP); Thông tư 05/2025/TT-BKHĐT, mẫu B.5", text);
        Assert.Contains("Giấy phép môi trường về xử lý nước thải", text);
        foreach (var english in new[] { "Decree", "Circular", "Art ", "wastewater-treatment-permit", "symbiosis-agreement" })
            Assert.DoesNotContain(english, text);
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
        Assert.Contains("Decree 35/2022/NĐ-CP", text);
        Assert.Contains("Confirmation of legal compliance", text);
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
