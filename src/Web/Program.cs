using Certification.Web.Api;
using Certification.Web.Infrastructure;
using Certification.Web.Infrastructure.Localization;
using Certification.Web.Infrastructure.Startup;

var builder = CertificationApp.CreateBuilder(args);
var app = builder.Build();

if (await StartupCommands.RunAsync(app, args))
    return;

app.UseProblemHandling();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
// After authentication: the signed-in user's saved language (cert:culture claim) is one of the culture sources.
app.UseRequestLocalization();
app.UseAuthorization();
app.UseSecurityGates();
app.UseAntiforgery();

app.MapHealth();
app.MapCulture();
app.MapApis();
app.MapRazorPages();

app.Run();

/// <summary>Entry point type, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
