using Certification.Criteria.Inputs;
using Certification.Web.Domain.Assessment;
using Certification.Web.Domain.Enterprises;
using Certification.Web.Domain.Parks;
using SymbiosisLink = Certification.Web.Domain.Assessment.SymbiosisLink;

namespace Certification.Web.Data.Demo;

/// <summary>
/// Invented yearly facts of every demo park for the province dashboard: two reporting years, with more enterprises
/// applying RECP in the later one, a second park's self-assessment answers, and symbiosis links in other parks. The
/// first park (<see cref="DemoAssessment"/>) keeps its own facts of the last year untouched, so its evaluation is as before.
/// </summary>
internal static class DemoProvinceFacts
{
    public static void Add(CertificationDbContext db, IReadOnlyList<Park> parks, IReadOnlyList<Enterprise> enterprises, Park assessed,
        DateOnly today, DateTimeOffset now)
    {
        var random = new Random(76);
        var (earlier, last) = (today.Year - 2, today.Year - 1);
        foreach (var enterprise in enterprises)
        {
            // RECP with results: about one in twelve in the earlier year, one in six in the last year.
            Report(db, enterprise, earlier, random.Next(12) == 0, random, now);
            if (enterprise.ParkId != assessed.Id)
                Report(db, enterprise, last, random.Next(6) == 0, random, now);
        }

        var selfAssessing = parks.Single(p => p.Name == "KCN Nhơn Trạch 3");
        foreach (var code in new[] { "LEGAL.1", "SVC.1", "ENV.4" })
        {
            var answer = new ParkAnswer(selfAssessing, code);
            answer.AnswerYesNo(true, "Tự đánh giá (demo)", null, now);
            db.ParkAnswers.Add(answer);
        }
        var inNhonTrach = enterprises.Where(e => e.ParkId == selfAssessing.Id).ToList();
        db.SymbiosisLinks.Add(new SymbiosisLink(selfAssessing, inNhonTrach[0], null, "Trạm xử lý nước thải tập trung KCN (demo)",
            SymbiosisType.SharedInfrastructure, PartnerLocation.Town, "Dùng chung trạm xử lý nước thải (demo)", new DateOnly(earlier, 3, 1), null, isDemo: true));
        db.SymbiosisLinks.Add(new SymbiosisLink(selfAssessing, inNhonTrach[1], null, "Công ty tái chế KCN Nhơn Trạch 2 (demo)",
            SymbiosisType.OtherParkCooperation, PartnerLocation.OtherPark, "Phế liệu nhựa chuyển sang KCN lân cận để tái chế (demo)",
            new DateOnly(last, 5, 1), null, isDemo: true));
        var giangDien = parks.Single(p => p.Name == "KCN Giang Điền");
        var inGiangDien = enterprises.Where(e => e.ParkId == giangDien.Id).ToList();
        db.SymbiosisLinks.Add(new SymbiosisLink(giangDien, inGiangDien[0], inGiangDien[1], null, SymbiosisType.InputOutputExchange,
            PartnerLocation.SamePark, "Bao bì carton qua sử dụng làm nguyên liệu (demo)", new DateOnly(earlier, 9, 1), null, isDemo: true));
    }

    private static void Report(CertificationDbContext db, Enterprise enterprise, int year, bool recp, Random random, DateTimeOffset now)
    {
        var facts = new EnterpriseFacts(enterprise.Id, year);
        facts.Report(new ReportedFacts
        {
            Workforce = enterprise.WorkforceSize,
            AppliesRecp = recp,
            Savings = recp
                ? new RecpSavings
                {
                    ElectricityKwh = 20_000m + 1_000m * random.Next(60), WaterCubicMetres = 300m + 50m * random.Next(30),
                    Co2Tonnes = 10m + random.Next(40), Vnd = 40_000_000m + 1_000_000m * random.Next(80),
                }
                : new RecpSavings(),
        }, null, now);
        db.EnterpriseFacts.Add(facts);
    }
}
