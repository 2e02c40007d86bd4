using System.Net;
using Certification.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
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
    private readonly bool _ownsDatabase;
    private readonly TimeProvider? _clock;

    public TestDatabase Database { get; }
    public string EvidenceFolder { get; }

    static TestApp()
    {
        // Every in-memory app watches its settings files. With inotify, each watcher takes one of the user's
        // 128 instances, and parallel tests (plus every other dotnet process of the user) run out of them:
        // "The configured user limit (128) on the number of inotify instances has been reached". Polling needs none.
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "1");
    }

    private TestApp(TestDatabase database, IDictionary<string, string?>? settings, bool ownsDatabase, TimeProvider? clock)
    {
        Database = database;
        _ownsDatabase = ownsDatabase;
        _clock = clock;
        EvidenceFolder = Path.Combine(Path.GetTempPath(), "certification-evidence-" + Guid.NewGuid().ToString("N"));
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Certification"] = database.ConnectionString,
            ["Evidence:StorePath"] = EvidenceFolder,
            // Quartz only where a test asks for it ("Scheduler:Enabled" = "true"): the suite stays fast, and no job
            // acts behind a test's back. Mail goes nowhere unless a test starts an SmtpSink and passes its settings.
            ["Scheduler:Enabled"] = "false",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = "9",
            ["Site:PublicBaseUrl"] = "http://certification.test",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            _settings[key] = value;
    }

    /// <param name="clock">Replaces the app's TimeProvider (e.g. a <see cref="TestClock"/>); the system clock when null.</param>
    public static async Task<TestApp> StartAsync(IDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        return new TestApp(await TestDatabase.CreateAsync(), settings, ownsDatabase: true, clock);
    }

    /// <summary>
    /// The same app served by Kestrel on a free loopback port, for a real browser; <see cref="ServerAddress"/>
    /// is its base address. <see cref="WebApplicationFactory{TEntryPoint}.CreateClient()"/> still works.
    /// </summary>
    public static async Task<TestApp> StartOnKestrelAsync(IDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        var app = new TestApp(await TestDatabase.CreateAsync(), settings, ownsDatabase: true, clock);
        app.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        return app;
    }

    /// <summary>Where Kestrel listens, e.g. http://127.0.0.1:40123; only for apps from <see cref="StartOnKestrelAsync"/>.</summary>
    public Uri ServerAddress =>
        new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    /// <summary>A second app instance on another app's database (as two servers behind one load balancer would be).</summary>
    public static TestApp StartOn(TestDatabase database, IDictionary<string, string?>? settings = null, TimeProvider? clock = null) =>
        new(database, settings, ownsDatabase: false, clock);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(_settings));
        if (_clock is not null)
            builder.ConfigureServices(services => services.AddSingleton(_clock));
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
        if (_ownsDatabase)
            await Database.DisposeAsync();
        if (Directory.Exists(EvidenceFolder))
            Directory.Delete(EvidenceFolder, recursive: true);
    }
}
