using Certification.Web.Infrastructure;
using Certification.Web.Infrastructure.Assessment;
using Certification.Web.Infrastructure.Certificates;
using Certification.Web.Infrastructure.EnterpriseImport;
using Certification.Web.Infrastructure.Evidence;
using Certification.Web.Infrastructure.Localization;
using Certification.Web.Infrastructure.Configuration;
using Certification.Web.Infrastructure.Dashboard;
using Certification.Web.Infrastructure.Mail;
using Certification.Web.Infrastructure.Monitoring;
using Certification.Web.Infrastructure.Reminders;
using Certification.Web.Infrastructure.Scheduling;
using Certification.Web.Infrastructure.Workflows;

namespace Certification.Web.Infrastructure.Startup;

/// <summary>
/// The application's composition: the root settings and every feature's services. Program.cs builds the web app from
/// it; the workflow benchmark builds the same services without serving requests.
/// </summary>
public static class CertificationApp
{
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
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
        builder.AddDashboard();
        builder.AddMonitoring();
        return builder;
    }
}
