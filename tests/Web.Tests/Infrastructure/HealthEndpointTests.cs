using System.Net;
using System.Text.Json;
using Certification.Web.Tests.Infrastructure;

namespace Certification.Web.Tests.Infrastructure;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Health_WhenDatabaseIsUp_ReportsHealthyWithMigrations()
    {
        await using var app = await TestApp.StartAsync();
        var response = await SignedInClient.Anonymous(app).GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("up", body.RootElement.GetProperty("database").GetString());
        Assert.True(body.RootElement.GetProperty("migrations").GetInt32() >= 2);
    }

    [Fact]
    public async Task Health_WhenDatabaseIsUnreachable_Reports503Down()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Certification"] = "Host=127.0.0.1;Port=1;Database=none;Username=x;Password=y;Timeout=2",
        });
        var response = await SignedInClient.Anonymous(app).GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("\"down\"", await response.Content.ReadAsStringAsync());
    }
}
