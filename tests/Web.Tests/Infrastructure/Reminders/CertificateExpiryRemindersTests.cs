using Certification.Web.Data;
using Certification.Web.Domain.Certificates;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Infrastructure.Reminders;
using Certification.Web.Tests.Infrastructure.Mail;
using Certification.Workflows.Clocks;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Infrastructure.Reminders;

public sealed class CertificateExpiryRemindersTests
{
    [Fact]
    public async Task QueueDue_CertificateExpiringIn30Days_RemindsHolderAndBoardOnceWithTheVerificationLink()
    {
        await using var sink = await SmtpSink.StartAsync();
        var clock = new TestClock(new DateTimeOffset(2026, 11, 20, 9, 0, 0, VietnamTime.Offset));
        await using var app = await TestApp.StartAsync(sink.Settings(), clock);
        var province = await app.World().ProvinceAsync();
        var investor = await app.World().OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var board = await app.World().OrganisationAsync(OrganisationKind.ManagementBoard, province.Id);
        var park = await app.World().ParkAsync(province.Id, investor.Id);
        var developer = await app.World().UserAsync(Roles.ParkDeveloper, investor.Id, culture: "en");
        var officer = await app.World().UserAsync(Roles.Board, board.Id);
        var elsewhere = await app.World().OrganisationAsync(OrganisationKind.ManagementBoard, (await app.World().ProvinceAsync()).Id);
        await app.World().UserAsync(Roles.Board, elsewhere.Id);   // another province's Board: not told
        var certificate = await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CertificationDbContext>();
            var issued = StoredCertificate.Add(db, Certificate.ForPark($"{TestWorld.Unique()}/2023/GCN", province.Id, park.Id, park.Name,
                "UBND tỉnh", "Nghị định 35/2022/NĐ-CP", new DateOnly(2023, 12, 20), validUntil: new DateOnly(2026, 12, 20)), investor.Id);
            await db.SaveChangesAsync();
            return issued;
        });

        var first = await QueueAsync(app);
        var again = await QueueAsync(app);
        clock.Set(new DateTimeOffset(2026, 11, 25, 9, 0, 0, VietnamTime.Offset));   // still within the 30-day step
        var laterSameStep = await QueueAsync(app);
        await MailArrange.DeliverDueAsync(app);

        Assert.Equal((2, 0, 0), (first, again, laterSameStep));
        var received = sink.Received();
        Assert.Equal(new[] { developer.Email, officer.Email }.Order(), received.SelectMany(m => m.EnvelopeTo).Order());
        var english = received.Single(m => m.Language == "en");
        Assert.Equal($"Certificate {certificate.Number} expires soon (20/12/2026)", english.Subject);
        Assert.Contains("30 day(s) are left.", english.Text);
        Assert.Contains($"http://certification.test/Verify/{certificate.VerificationCode}", english.Text);
    }

    private static Task<int> QueueAsync(TestApp app) =>
        app.InScopeAsync(services => services.GetRequiredService<CertificateExpiryReminders>().QueueDueAsync(CancellationToken.None));
}
