using Certification.Criteria.Inputs;
using Certification.Web.Data;
using Certification.Web.Domain.Assessment;
using Certification.Web.Domain.Certificates;
using Certification.Web.Domain.Enterprises;
using Certification.Web.Domain.Monitoring;
using Certification.Web.Domain.Organisations;
using Certification.Web.Domain.Parks;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Infrastructure.Monitoring;
using Certification.Web.Tests.Infrastructure;
using Certification.Web.Tests.Infrastructure.Assessment;
using Certification.Workflows.Clocks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using DomainLink = Certification.Web.Domain.Assessment.SymbiosisLink;

namespace Certification.Web.Tests.Monitoring;

/// <summary>
/// A province with a certified eco-industrial park of 50 enterprises (facts of 2025; <c>recpApplying</c> of them apply RECP
/// with measured savings), every other mandatory park criterion met, its developer, the Board and the People's Committee;
/// the app's clock starts on Monday 2 March 2026, 09:00 in Viet Nam.
/// </summary>
internal sealed record MonitoringWorld(TestApp App, TestClock Clock, Province Province, Organisation Investor, Organisation Board,
    Organisation Committee, Park Park, IReadOnlyList<Enterprise> Enterprises, Certificate Certificate,
    TestWorld.TestUser Developer, TestWorld.TestUser Officer, TestWorld.TestUser Chair)
{
    public const int Year = 2025;
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, VietnamTime.Offset);

    public static async Task<MonitoringWorld> ArrangeAsync(TestApp app, TestClock clock, int recpApplying)
    {
        var world = app.World();
        var province = await world.ProvinceAsync();
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var board = await world.OrganisationAsync(OrganisationKind.ManagementBoard, province.Id);
        var committee = await world.OrganisationAsync(OrganisationKind.PeoplesCommittee, province.Id);
        var park = await world.ParkAsync(province.Id, investor.Id);
        var enterprises = await AssessmentArrange.EnterprisesWithFactsAsync(app, park.Id, Year,
            Enumerable.Range(0, 50).Select(i => (ReportedFacts?)Recp(i < recpApplying)));
        var certificate = await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CertificationDbContext>();
            var tracked = await db.Parks.SingleAsync(p => p.Id == park.Id);
            foreach (var code in new[] { "LEGAL.1", "SVC.1", "ENV.5" })
            {
                var answer = new ParkAnswer(tracked, code);
                answer.AnswerYesNo(true, null, null, AssessmentArrange.At);
                db.ParkAnswers.Add(answer);
            }
            db.SymbiosisLinks.Add(new DomainLink(tracked, enterprises[0], enterprises[1], null, SymbiosisType.InputOutputExchange,
                PartnerLocation.SamePark, "Hơi nước thừa từ lò hơi", new DateOnly(2020, 1, 1), null));
            var issued = StoredCertificate.Add(db, Certificate.ForPark($"{TestWorld.Unique()}/2024/GCN-KCNST", province.Id, park.Id, park.Name,
                "Ủy ban nhân dân tỉnh", "NĐ 35", new DateOnly(2024, 6, 1), null), committee.Id, AssessmentArrange.At);
            await db.SaveChangesAsync();
            return issued;
        });
        return new MonitoringWorld(app, clock, province, investor, board, committee, park, enterprises, certificate,
            await world.UserAsync(Roles.ParkDeveloper, investor.Id), await world.UserAsync(Roles.Board, board.Id),
            await world.UserAsync(Roles.Committee, committee.Id));
    }

    public static ReportedFacts Recp(bool applies) => new()
    {
        Workforce = 150,
        AppliesRecp = applies,
        Savings = applies ? new RecpSavings { ElectricityKwh = 12_000m, WaterCubicMetres = 500m } : new RecpSavings(),
        IsoSystems = [IsoStandard.Iso14001],
    };

    /// <summary>Makes the first <paramref name="applying"/> enterprises apply RECP with savings in 2025 and the rest not.</summary>
    public Task SetRecpAsync(int applying) => App.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<CertificationDbContext>();
        for (var i = 0; i < Enterprises.Count; i++)
        {
            var facts = await db.EnterpriseFacts.SingleAsync(f => f.EnterpriseId == Enterprises[i].Id && f.Year == Year);
            facts.Report(Recp(i < applying), null, AssessmentArrange.At);
        }
        await db.SaveChangesAsync();
    });

    public Task<T> QueryAsync<T>(Func<CertificationDbContext, Task<T>> query) =>
        App.InScopeAsync(services => query(services.GetRequiredService<CertificationDbContext>()));

    public Task<MonitoringCheck.Outcome> RunDailyCheckAsync() =>
        App.InScopeAsync(services => services.GetRequiredService<MonitoringCheck>().RunAsync(CancellationToken.None));

    public void SetToday(int year, int month, int day) => Clock.Set(new DateTimeOffset(year, month, day, 9, 0, 0, VietnamTime.Offset));
}
