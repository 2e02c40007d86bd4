using System.Net;
using System.Text.RegularExpressions;
using Certification.Web.Data;
using Certification.Web.Data.Demo;
using Certification.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Certificates;

/// <summary>The public pages say which certificates are demo data (those of demo parks and enterprises), and only those.</summary>
public sealed class DemoCertificateTests
{
    private const string DemoLabel = "Dữ liệu minh họa";

    [Fact]
    public async Task Registry_DemoAndRealCertificates_LabelsOnlyTheDemoOnes()
    {
        await using var app = await TestApp.StartAsync();
        await LoadDemoAsync(app);
        await CertificateTests.IssueParkCertificateAsync(app, "21/2026/GCN-KCNST");

        var html = await SignedInClient.Anonymous(app).GetStringAsync("/Registry");

        Assert.Contains(DemoLabel, RowOf(html, "KCN Amata"));
        Assert.DoesNotContain(DemoLabel, RowOf(html, "21/2026/GCN-KCNST"));
    }

    [Fact]
    public async Task Verify_DemoParkCertificate_SaysItIsDemoData()
    {
        await using var app = await TestApp.StartAsync();
        await LoadDemoAsync(app);
        var demoCode = await app.InScopeAsync(services => services.GetRequiredService<CertificationDbContext>().Certificates
            .Where(c => c.SubjectName.StartsWith("KCN Amata")).Select(c => c.VerificationCode).FirstAsync());
        var real = await CertificateTests.IssueParkCertificateAsync(app, "22/2026/GCN-KCNST");

        var demoPage = await SignedInClient.Anonymous(app).GetAsync($"/Verify/{demoCode}");
        var realPage = await SignedInClient.Anonymous(app).GetAsync($"/Verify/{real.Code}");

        Assert.Equal(HttpStatusCode.OK, demoPage.StatusCode);
        Assert.Contains(DemoLabel, await PageContent.MainTextAsync(demoPage));
        Assert.DoesNotContain(DemoLabel, await PageContent.MainTextAsync(realPage));
    }

    /// <summary>The demo parts that hold certificates, in the seed's order.</summary>
    private static Task LoadDemoAsync(TestApp app) => app.InScopeAsync(async services =>
    {
        await services.GetRequiredService<DemoData>().LoadOnceAsync(CancellationToken.None);
        await services.GetRequiredService<DemoApplications>().LoadOnceAsync(CancellationToken.None);
    });

    private static string RowOf(string html, string text) =>
        Regex.Matches(html, "<tr.*?</tr>", RegexOptions.Singleline).Select(m => m.Value).Single(row => row.Contains(text, StringComparison.Ordinal));
}
