using Certification.Web.Data;
using Certification.Web.Domain.Certificates;
using Certification.Web.Domain.Monitoring;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Infrastructure.Reminders;
using Certification.Web.Tests.Infrastructure.Assessment;
using Certification.Workflows.Clocks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Infrastructure.Reminders;

/// <summary>The yearly report reminders know the monitoring reports: who filed is left alone; certified eco-enterprises are reminded too.</summary>
public sealed class AnnualReportFilingRemindersTests
{
    [Fact]
    public async Task QueueDue_DeveloperWhoFiledAndCertifiedEnterprise_OnlyTheEnterpriseAndTheNonFilerAreReminded()
    {
        var clock = new TestClock(new DateTimeOffset(2026, 11, 10, 9, 0, 0, VietnamTime.Offset));   // 30 days before 10 December
        await using var app = await TestApp.StartAsync(clock: clock);
        var province = await app.World().ProvinceAsync();
        var filer = await app.World().OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var filedPark = await app.World().ParkAsync(province.Id, filer.Id);
        var filerUser = await app.World().UserAsync(Roles.ParkDeveloper, filer.Id);
        var late = await app.World().OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var latePark = await app.World().ParkAsync(province.Id, late.Id);
        var lateUser = await app.World().UserAsync(Roles.ParkDeveloper, late.Id);
        var enterpriseOrganisation = await app.World().OrganisationAsync(OrganisationKind.Enterprise, province.Id);
        var enterprise = await app.World().EnterpriseAsync(latePark.Id, enterpriseOrganisation.Id);
        var enterpriseUser = await app.World().UserAsync(Roles.Enterprise, enterpriseOrganisation.Id);
        var uncertifiedOrganisation = await app.World().OrganisationAsync(OrganisationKind.Enterprise, province.Id);
        await app.World().EnterpriseAsync(latePark.Id, uncertifiedOrganisation.Id);
        await app.World().UserAsync(Roles.Enterprise, uncertifiedOrganisation.Id);   // not an eco-enterprise: not reminded
        await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CertificationDbContext>();
            var report = AnnualReport.ForPark(filedPark.Id, 2025, filerUser.Id, clock.GetUtcNow());
            report.Write(new AnnualReportContent(new LandUse(250, 200, 150), "Chấp hành đầy đủ.", null, "Tiết kiệm điện.", ""));
            report.Submit(filerUser.Id, clock.GetUtcNow());
            db.AnnualReports.Add(report);
            StoredCertificate.Add(db, Certificate.ForEnterprise("01/2025/GCN-DNST", province.Id, latePark.Id, enterprise.Id, enterprise.Name,
                "Ban Quản lý", "NĐ 35", new DateOnly(2025, 2, 1), null), filer.Id, AssessmentArrange.At);
            await db.SaveChangesAsync();
        });

        var queued = await app.InScopeAsync(services => services.GetRequiredService<AnnualReportReminders>().QueueDueAsync(CancellationToken.None));
        var recipients = await app.InScopeAsync(services => services.GetRequiredService<CertificationDbContext>().OutboxMessages
            .Where(m => m.IdempotencyKey.StartsWith("annual-report:")).Select(m => m.RecipientUserId).ToListAsync());

        Assert.Equal(2, queued);
        Assert.Equal(new[] { lateUser.Id, enterpriseUser.Id }.Order(), recipients.Select(r => r!.Value).Order());
    }
}
