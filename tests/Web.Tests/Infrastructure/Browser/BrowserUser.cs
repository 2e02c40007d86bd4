using Microsoft.Playwright;

namespace Certification.Web.Tests.Infrastructure.Browser;

/// <summary>
/// One person at a browser: their own context (cookies), signed in through the real login pages,
/// TOTP included. Screenshots go to <see cref="ScreenshotFolder"/>.
/// </summary>
public sealed class BrowserUser : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private BrowserUser(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>The test output's screenshots folder; CI keeps the test output, so a failure can be looked at.</summary>
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task<BrowserUser> SignInAsync(ChromiumFixture chromium, TestApp app, TestWorld.TestUser user, string password = TestWorld.Password)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.ServerAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
            Locale = "vi-VN",
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        var person = new BrowserUser(context, page);
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#Input_Email", user.Email);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForLoadStateAsync();
        if (page.Url.Contains("LoginWith2fa", StringComparison.OrdinalIgnoreCase))
        {
            var key = user.AuthenticatorKey ?? throw new InvalidOperationException($"{user.Email} has two-factor on but no key.");
            await page.FillAsync("#Input_TwoFactorCode", Totp.Code(key, DateTimeOffset.UtcNow));
            await page.ClickAsync("main button[type=submit]");
            await page.WaitForLoadStateAsync();
        }
        if (page.Url.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Sign-in of {user.Email} failed:\n{await page.InnerTextAsync("main")}");
        return person;
    }

    /// <summary>Saves a full-page screenshot and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
