using Certification.Criteria.Inputs;
using Certification.Web.Domain.Assessment;
using Certification.Web.Domain.Enterprises;
using Certification.Web.Domain.Parks;
using SymbiosisLink = Certification.Web.Domain.Assessment.SymbiosisLink;

namespace Certification.Web.Data.Demo;

/// <summary>
/// Invented self-assessment data for the first demo park, chosen so its evaluation shows a realistic mix: some
/// indicators met, some not met, some not reported (no evidence files are attached: the demo has no real documents).
/// </summary>
internal static class DemoAssessment
{
    public static void Add(CertificationDbContext db, Park park, IReadOnlyList<Enterprise> enterprises, DateOnly today, DateTimeOffset now)
    {
        var year = today.Year - 1;
        for (var i = 0; i < enterprises.Count; i++)
        {
            var facts = new EnterpriseFacts(enterprises[i].Id, year);
            var appliesRecp = i % 3 == 0;
            facts.Report(new ReportedFacts
            {
                Workforce = enterprises[i].WorkforceSize,
                AppliesRecp = appliesRecp,
                Savings = appliesRecp
                    ? new RecpSavings { ElectricityKwh = 40_000m + 5_000m * i, WaterCubicMetres = 1_200m, Co2Tonnes = 28.5m, Vnd = 95_000_000m }
                    : new RecpSavings(),
                IsoSystems = i % 2 == 0 ? [IsoStandard.Iso14001] : [],
                HasGrievanceProcedure = i % 2 == 0,
                // The last enterprise has not reported its disclosure practice: SOC.2 shows as not reported.
                DisclosesInformation = i == enterprises.Count - 1 ? null : true,
                AppliesGenderEquality = true,
                HasAntiHarassmentRules = i % 4 != 1,
            }, null, now);
            db.EnterpriseFacts.Add(facts);
        }

        Answer(db, park, "LEGAL.1", a => a.AnswerYesNo(true, "Xác nhận tuân thủ của các sở (demo)", null, now));
        Answer(db, park, "SVC.1", a => a.AnswerYesNo(true, null, null, now));
        Answer(db, park, "ENV.3", a => a.AnswerQuantityRatio(1_250m, 5_400m, "m3", "Nước thải tái sử dụng để tưới cây (demo)", null, now));
        Answer(db, park, "ENV.4", a => a.AnswerYesNo(true, null, null, now));
        Answer(db, park, "ENV.5", a => a.AnswerYesNo(false, "Hệ thống giám sát đầu vào, đầu ra đang xây dựng (demo)", null, now));
        Answer(db, park, "PM.1", a => a.AnswerYesNo(true, null, null, now));
        Answer(db, park, "SOC.3", a => a.AnswerYesNo(false, null, null, now));

        db.SymbiosisLinks.Add(new SymbiosisLink(park, enterprises[0], enterprises[1], null, SymbiosisType.InputOutputExchange,
            PartnerLocation.SamePark, "Hơi nước thừa từ lò hơi cấp cho dây chuyền sấy (demo)", new DateOnly(year - 1, 4, 1), null, isDemo: true));
        db.SymbiosisLinks.Add(new SymbiosisLink(park, enterprises[2], null, "Công ty Cấp thoát nước thị xã (demo)", SymbiosisType.SharedServices,
            PartnerLocation.Town, "Bùn thải sau xử lý dùng làm phân bón (demo)", new DateOnly(year, 2, 1), null, isDemo: true));
        var ended = new SymbiosisLink(park, enterprises[3], enterprises[0], null, SymbiosisType.InputOutputExchange,
            PartnerLocation.SamePark, "Pallet gỗ tái sử dụng (demo, đã kết thúc)", new DateOnly(year - 2, 1, 1), null, isDemo: true);
        ended.End(new DateOnly(year - 1, 1, 1));
        db.SymbiosisLinks.Add(ended);
    }

    private static void Answer(CertificationDbContext db, Park park, string code, Action<ParkAnswer> answer)
    {
        var row = new ParkAnswer(park, code);
        answer(row);
        db.ParkAnswers.Add(row);
    }
}
