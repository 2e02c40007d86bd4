using System.Globalization;
using Certification.Criteria.Evaluation;
using Certification.Criteria.Wording;
using Certification.Web.Data;
using Certification.Web.Domain.Monitoring;
using Certification.Web.Infrastructure.Assessment;
using Certification.Workflows.Clocks;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure.Monitoring;

/// <summary>
/// The Board's review of a submitted yearly report. Accepting re-evaluates the criteria on the report's data (a park:
/// its answers, the enterprises' facts of the reporting year and the symbiosis registry, stored as an assessment
/// snapshot; an enterprise: its own facts and declaration), supersedes the accepted revision it corrects, and updates
/// the watch list. Returning needs reasons. The filer is told either way. The caller checks access and saves once.
/// </summary>
public sealed class AnnualReportReview(CertificationDbContext db, AnnualReportEvaluator evaluator, ParkEvaluator parks,
    WatchList watchList, MonitoringMail mail, TimeProvider clock)
{
    /// <returns>The watch-list entry opened, remedied or updated, or null.</returns>
    public async Task<WatchEntry?> AcceptAsync(AnnualReport report, Guid by, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var onDate = ReportingYears.EvaluationDate(report.ReportingYear, today);
        var result = await evaluator.EvaluateAsync(report, onDate, Language.Vietnamese, ct);
        // A park's re-evaluation is also kept as its assessment snapshot, beside those the developer saves.
        var recordId = report.Subject == ReportSubject.Park
            ? parks.Snapshot(report.ParkId, new ParkAssessmentResult(result.SetId, result.SetVersion, onDate, report.ReportingYear, result), by).Id
            : (Guid?)null;
        var evaluation = new ReportEvaluation(result.SetId, result.SetVersion, onDate, result.AllMandatoryMet,
            result.CompliancePercent is { } percent ? Math.Round(percent, 2) : null, Failures(result));
        report.Accept(evaluation, recordId, by, clock.GetUtcNow());
        var earlier = await db.AnnualReports.Where(r => r.SubjectId == report.SubjectId && r.ReportingYear == report.ReportingYear
            && r.Status == AnnualReportStatus.Accepted && r.Id != report.Id).ToListAsync(ct);
        earlier.ForEach(r => r.Supersede());
        var entry = await watchList.ApplyAsync(report, evaluation, ct);
        await TellFilerAsync(report, english => evaluation.AllMandatoryMet
            ? english ? "accepted; every mandatory criterion is met." : "đã được chấp nhận; đạt mọi tiêu chí bắt buộc."
            : english ? $"accepted; mandatory criteria not met: {string.Join(", ", evaluation.Failed)}."
                : $"đã được chấp nhận; chưa đạt tiêu chí bắt buộc: {string.Join(", ", evaluation.Failed)}.", ct);
        return entry;
    }

    public async Task ReturnAsync(AnnualReport report, string reason, Guid by, CancellationToken ct)
    {
        report.Return(reason, by, clock.GetUtcNow());
        await TellFilerAsync(report, english => english ? $"returned for correction: {report.ReturnReason}" : $"được trả lại để sửa: {report.ReturnReason}", ct);
    }

    private static List<FailedCriterion> Failures(SetEvaluation evaluation) =>
        evaluation.Gaps.Select(g => new FailedCriterion(g.Code, g.Result.Value is { } v ? Math.Round(v, 2) : null, g.Result.Unit, g.Result.Sentence)).ToList();

    private async Task TellFilerAsync(AnnualReport report, Func<bool, string> outcome, CancellationToken ct)
    {
        var name = await MonitoredSubject.NameAsync(db, report.ParkId, report.EnterpriseId, ct);
        await mail.QueueAsync($"report:{report.Id:N}:{report.Status}:{report.ReviewedAt:yyyyMMddHHmmss}",
            await mail.HolderAsync(report.Subject, report.ParkId, report.EnterpriseId, ct), "AnnualReportReviewed",
            $"/Monitoring/Report/{report.Id}", english => new()
            {
                ["Subject"] = name, ["Year"] = report.ReportingYear.ToString(CultureInfo.InvariantCulture), ["Outcome"] = outcome(english),
            }, ct);
    }
}
