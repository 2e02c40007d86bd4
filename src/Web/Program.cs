using Certification.Web.Api;
using Certification.Web.Infrastructure;
using Certification.Web.Infrastructure.Assessment;
using Certification.Web.Infrastructure.Certificates;
using Certification.Web.Infrastructure.EnterpriseImport;
using Certification.Web.Infrastructure.Evidence;
using Certification.Web.Infrastructure.Localization;
using Certification.Web.Infrastructure.Configuration;
using Certification.Web.Infrastructure.Mail;
using Certification.Web.Infrastructure.Reminders;
using Certification.Web.Infrastructure.Scheduling;
using Certification.Web.Infrastructure.Startup;
using Certification.Web.Infrastructure.Workflows;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.UseRootSettings(args);

builder.AddDatabase();
builder.AddIdentityAndAccess();
builder.AddLocalisedPages();
builder.AddEvidenceStore();
builder.AddAssessment();
builder.AddMail();
builder.AddReminders();
builder.AddScheduler();
builder.AddCertificates();
builder.AddWorkflows();
builder.AddEnterpriseImport();

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
