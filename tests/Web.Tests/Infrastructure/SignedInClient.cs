using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Certification.Web.Tests.Infrastructure;

/// <summary>Signs in through the real login pages (password, then TOTP when the user has it) and keeps the cookie.</summary>
public static partial class SignedInClient
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public static HttpClient Anonymous(TestApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpClient> SignInAsync(TestApp app, TestWorld.TestUser user, string password = TestWorld.Password)
    {
        var client = Anonymous(app);
        await SignInWithAsync(client, user, password);
        return client;
    }

    /// <summary>A client of an app running as a separate process (<see cref="AppProcess"/>), signed in as <paramref name="user"/>.</summary>
    public static async Task<HttpClient> SignInAsync(Uri baseAddress, TestWorld.TestUser user, string password = TestWorld.Password)
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        await SignInWithAsync(client, user, password);
        return client;
    }

    private static async Task SignInWithAsync(HttpClient client, TestWorld.TestUser user, string password)
    {
        var response = await PostFormAsync(client, "/Account/Login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = password });
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("LoginWith2fa"))
        {
            var code = Totp.Code(user.AuthenticatorKey ?? throw new InvalidOperationException("The user has two-factor on but no key."), DateTimeOffset.UtcNow);
            response = await PostFormAsync(client, response.Headers.Location.OriginalString, new() { ["Input.TwoFactorCode"] = code });
        }
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in of {user.Email} failed: {(int)response.StatusCode}\n{await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The antiforgery token of the form on <paramref name="formPageUrl"/>; fails when the page has none.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string formPageUrl)
    {
        var page = await client.GetAsync(formPageUrl);
        var token = TokenPattern().Match(await page.Content.ReadAsStringAsync());
        if (!token.Success)
            throw new InvalidOperationException($"No antiforgery token on {formPageUrl} ({(int)page.StatusCode}).");
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    /// <summary>GETs the form page for its antiforgery token, then POSTs the fields with it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields, string? formPageUrl = null)
    {
        var token = await AntiforgeryTokenAsync(client, formPageUrl ?? url);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    /// <summary>GETs the form page for its antiforgery token, then POSTs the fields and one file as multipart form data.</summary>
    public static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, string url, Dictionary<string, string> fields,
        string fileField, string fileName, byte[] content, string contentType = "application/octet-stream", string? formPageUrl = null)
    {
        var form = new MultipartFormDataContent { { new StringContent(await AntiforgeryTokenAsync(client, formPageUrl ?? url)), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
            form.Add(new StringContent(value), name);
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        form.Add(file, fileField, fileName);
        return await client.PostAsync(url, form);
    }
}
