using Microsoft.Playwright;

namespace Certification.Web.Tests.Infrastructure.Browser;

/// <summary>
/// One headless Chromium for every browser test, taken from the system (Debian's chromium package), never
/// downloaded: set CERTIFICATION_CHROMIUM to use another binary. Tests share it through
/// <see cref="BrowserCollection"/>, which also runs them one after another (two cores are not enough for
/// several browsers and apps at once).
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    // Root in CI needs --no-sandbox; the closed network needs Chromium's own phoning-home switched off, or start-up
    // stalls waiting for it.
    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--no-first-run",
    ];

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath(),
            Headless = true,
            Args = Arguments,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
    }

    private static string ExecutablePath()
    {
        var configured = Environment.GetEnvironmentVariable("CERTIFICATION_CHROMIUM");
        if (!string.IsNullOrEmpty(configured))
            return configured;
        // /usr/bin/chromium is Debian's shell wrapper; Playwright talks to the real binary behind it.
        foreach (var candidate in new[] { "/usr/lib/chromium/chromium", "/usr/bin/chromium" })
            if (File.Exists(candidate))
                return candidate;
        throw new InvalidOperationException(
            "Chromium is not installed. scripts/test.sh installs Debian's chromium package; or set CERTIFICATION_CHROMIUM.");
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Browser";
}
