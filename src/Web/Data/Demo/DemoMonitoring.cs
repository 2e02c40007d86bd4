using Certification.Criteria.Inputs;
using Certification.Web.Domain.Assessment;
using Certification.Web.Domain.Monitoring;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Certificates;
using Certification.Web.Infrastructure.Monitoring;
using Certification.Workflows.Clocks;
using Microsoft.EntityFrameworkCore;
using SymbiosisLink = Certification.Web.Domain.Assessment.SymbiosisLink;

namespace Certification.Web.Data.Demo;

/// <summary>
/// Demo yearly monitoring (labelled demo), driven through the real review and watch list: the demo developer's park has
/// submitted its report on last year, waiting for the Board; another park, certified the year before, had its report
/// accepted with RECP below 20 % (ENV.2), so it is on the watch list with the Board's notice running; KCN Long Thành, certified
/// in 2023, filed every report that has fallen due and the Board accepted them. Loaded once, after
/// <see cref="DemoApplications"/> (it picks a park no demo application uses).
/// </summary>
public sealed class DemoMonitoring(CertificationDbContext db, CertificateIssuer issuer, AnnualReportReview review, WatchList watchList, TimeProvider clock)
{
    public async Task LoadOnceAsync(CancellationToken ct)
    {
        if (await db.AnnualReports.AnyAsync(r => r.IsDemo, ct) || !await db.Organisations.AnyAsync(o => o.IsDemo, ct))
            return;
        var developer = await db.Users.SingleAsync(u => u.Email == "developer@demo.local", ct);
        var officer = await db.Users.SingleAsync(u => u.Email == "board@demo.local", ct);
        var chair = await db.Users.SingleAsync(u => u.Email == "committee@demo.local", ct);
        var now = clock.GetUtcNow();
        var year = ReportingYears.CurrentReportingYear(VietnamTime.Today(clock));

        var ownPark = await db.Parks.SingleAsync(p => p.IsDemo && p.InvestorOrganisationId == developer.OrganisationId, ct);
        var submitted = AnnualReport.ForPark(ownPark.Id, year, developer.Id, now, isDemo: true);
        submitted.Write(Content(ownPark.AreaHectares, "Đã áp dụng RECP tại các doanh nghiệp dệt nhuộm và cơ khí: tiết kiệm điện, nước (demo)."));
        submitted.Submit(developer.Id, now);
        db.AnnualReports.Add(submitted);

        // An existing park (a new one would also miss PM.4), so that only ENV.2 fails.
        var watched = await db.Parks.Where(p => p.IsDemo && p.Establishment == Domain.Parks.ParkEstablishment.Existing
                && !db.Applications.Any(a => a.ParkId == p.Id) && p.Id != ownPark.Id)
            .OrderBy(p => p.Name).FirstAsync(ct);
        await RecordYearAsync(watched, year, recpShare: 0.18m, now, ct);
        await issuer.IssueForParkAsync(watched.Id, $"DEMO-01/{year - 1}/GCN-KCNST", new DateOnly(year - 1, 9, 20), chair.OrganisationId, chair.Id, ct);
        await db.SaveChangesAsync(ct);

        var accepted = AnnualReport.ForPark(watched.Id, year, officer.Id, now, isDemo: true);
        accepted.Write(Content(watched.AreaHectares, "18 % doanh nghiệp áp dụng RECP có tiết kiệm đo được (demo)."));
        accepted.Submit(officer.Id, now);
        db.AnnualReports.Add(accepted);
        var entry = await review.AcceptAsync(accepted, officer.Id, ct)
            ?? throw new InvalidOperationException("Demo: the watched park's report should fail ENV.2.");
        await watchList.SendNoticeAsync(entry, "Đề nghị chủ đầu tư vận động thêm doanh nghiệp áp dụng RECP để đạt tối thiểu 20 % (demo).", 30, officer.Id, ct);
        await FileRenewedParkReportsAsync(officer.Id, year, now, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// KCN Long Thành (<see cref="DemoRecertification"/>) has been certified since 2023: it filed its report on every year
    /// whose deadline has passed and the Board accepted them, so the first daily check does not list it for a missed report.
    /// </summary>
    private async Task FileRenewedParkReportsAsync(Guid officerId, int currentReportingYear, DateTimeOffset now, CancellationToken ct)
    {
        var renewed = await db.Parks.FirstOrDefaultAsync(p => p.IsDemo && p.Name == DemoRecertification.ParkName, ct);
        var certifiedOn = renewed is null ? null
            : await db.Certificates.Where(c => c.ParkId == renewed.Id).OrderBy(c => c.IssuedOn).Select(c => (DateOnly?)c.IssuedOn).FirstOrDefaultAsync(ct);
        if (renewed is null || certifiedOn is null)
            return;
        // The report on year Y is due in Y + 1, so every year before the current reporting year is past its deadline.
        for (var reportingYear = certifiedOn.Value.Year + 1; reportingYear < currentReportingYear; reportingYear++)
        {
            await RecordYearAsync(renewed, reportingYear, recpShare: 0.3m, now, ct);
            await db.SaveChangesAsync(ct); // the review evaluates what is stored
            var report = AnnualReport.ForPark(renewed.Id, reportingYear, officerId, now, isDemo: true);
            report.Write(Content(renewed.AreaHectares, "Các doanh nghiệp tiếp tục áp dụng RECP; tiết kiệm điện, nước được đo hằng quý (demo)."));
            report.Submit(officerId, now);
            db.AnnualReports.Add(report);
            if (await review.AcceptAsync(report, officerId, ct) is { } entry)
                throw new InvalidOperationException($"Demo: {DemoRecertification.ParkName}'s report on {reportingYear} should meet every criterion; it fails {string.Join(", ", entry.FailedCriteria.Select(f => $"{f.Code} ({f.Value})"))}.");
        }
    }

    /// <summary>
    /// The park's data for <paramref name="year"/> as its report states it: every enterprise's facts (the share
    /// <paramref name="recpShare"/> of them applying RECP with measured savings, all with ISO 14001), the yes/no criteria
    /// answered yes, and a symbiosis link running since the June before.
    /// </summary>
    private async Task RecordYearAsync(Domain.Parks.Park park, int year, decimal recpShare, DateTimeOffset now, CancellationToken ct)
    {
        var enterprises = await db.Enterprises.Where(e => e.ParkId == park.Id).OrderBy(e => e.Name).ToListAsync(ct);
        var applying = (int)Math.Floor(enterprises.Count * recpShare);
        // The province's demo facts may already hold the year for every enterprise: they are restated here, not added twice.
        var ids = enterprises.Select(e => e.Id).ToList();
        var stored = await db.EnterpriseFacts.Where(f => ids.Contains(f.EnterpriseId) && f.Year == year).ToDictionaryAsync(f => f.EnterpriseId, ct);
        for (var i = 0; i < enterprises.Count; i++)
        {
            if (!stored.TryGetValue(enterprises[i].Id, out var facts))
                db.EnterpriseFacts.Add(facts = new EnterpriseFacts(enterprises[i].Id, year));
            facts.Report(new ReportedFacts
            {
                Workforce = enterprises[i].WorkforceSize, AppliesRecp = i < applying, IsoSystems = [IsoStandard.Iso14001],
                Savings = i < applying ? new RecpSavings { ElectricityKwh = 55_000m, WaterCubicMetres = 2_000m, Vnd = 120_000_000m } : new RecpSavings(),
            }, null, now);
        }
        var answers = await db.ParkAnswers.Where(a => a.ParkId == park.Id).ToDictionaryAsync(a => a.IndicatorCode, ct);
        foreach (var code in new[] { "LEGAL.1", "SVC.1", "ENV.5" })
        {
            if (!answers.TryGetValue(code, out var answer))
                db.ParkAnswers.Add(answer = new ParkAnswer(park, code));
            answer.AnswerYesNo(true, "Số liệu minh họa (demo)", null, now);
        }
        db.SymbiosisLinks.Add(new SymbiosisLink(park, enterprises[0], enterprises[1], null, SymbiosisType.InputOutputExchange,
            PartnerLocation.SamePark, "Phế liệu nhựa làm nguyên liệu tái chế (demo)", new DateOnly(year - 1, 6, 1), null, isDemo: true));
    }

    private static AnnualReportContent Content(decimal area, string recp) => new(
        new LandUse(area, Math.Round(area * 0.7m, 2), Math.Round(area * 0.55m, 2)),
        "Không có vi phạm pháp luật về đất đai, xây dựng, môi trường, lao động trong năm (demo).", null, recp,
        "Liên kết cộng sinh trao đổi phế liệu và hơi nước vẫn hoạt động (demo).");
}
