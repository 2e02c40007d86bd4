using Certification.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Infrastructure;

/// <summary>
/// The real app, in memory, on its own fresh database and its own evidence folder.
/// Use: <c>await using var app = await TestApp.StartAsync();</c>
/// </summary>
public sealed class TestApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public TestDatabase Database { get; }
    public string EvidenceFolder { get; }

    static TestApp()
    {
        // Every in-memory app watches its settings files. With inotify, each watcher takes one of the user's
        // 128 instances, and parallel tests (plus every other dotnet process of the user) run out of them:
        // "The configured user limit (128) on the number of inotify instances has been reached". Polling needs none.
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "1");
    }

    private TestApp(TestDatabase database, IDictionary<string, string?>? settings)
    {
        Database = database;
        EvidenceFolder = Path.Combine(Path.GetTempPath(), "certification-evidence-" + Guid.NewGuid().ToString("N"));
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Certification"] = database.ConnectionString,
            ["Evidence:StorePath"] = EvidenceFolder,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            _settings[key] = value;
    }

    public static async Task<TestApp> StartAsync(IDictionary<string, string?>? settings = null)
    {
        return new TestApp(await TestDatabase.CreateAsync(), settings);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(_settings));
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a DI scope, audited as <paramref name="actor"/> or, when none is given,
    /// as the system actor "test-arrange" (for arranging data).
    /// </summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work, TestWorld.TestUser? actor = null)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AuditActor>().ActAs(actor?.Id, actor?.Email ?? "test-arrange");
        return await work(scope.ServiceProvider);
    }

    public Task InScopeAsync(Func<IServiceProvider, Task> work, TestWorld.TestUser? actor = null) =>
        InScopeAsync<bool>(async provider => { await work(provider); return true; }, actor);

    /// <summary>Arranges rows audited as the system actor, or as <paramref name="actingAs"/> when given.</summary>
    public TestWorld World(TestWorld.TestUser? actingAs = null) => new(this, actingAs);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
        if (Directory.Exists(EvidenceFolder))
            Directory.Delete(EvidenceFolder, recursive: true);
    }
}
