using Certification.Web.Infrastructure.Reminders;

namespace Certification.Web.Infrastructure.Monitoring;

/// <summary>
/// The calendar of yearly reports (Art 43): the report about reporting year Y is filed during year Y + 1 and is due on
/// the deadline day (Reminders:AnnualReport, 10 December by default) of year Y + 1. That matches the evaluator, which
/// reads the enterprise facts of the year before the evaluation date.
/// </summary>
public static class ReportingYears
{
    /// <summary>The reporting year whose report is being filed on <paramref name="today"/>: the previous calendar year.</summary>
    public static int CurrentReportingYear(DateOnly today) => today.Year - 1;

    /// <summary>The last day (inclusive) to file the report about <paramref name="reportingYear"/>.</summary>
    public static DateOnly DueOn(int reportingYear, AnnualReportReminderOptions deadline) =>
        new(reportingYear + 1, deadline.DeadlineMonth, deadline.DeadlineDay);

    /// <summary>
    /// The date a report about <paramref name="reportingYear"/> accepted on <paramref name="today"/> is evaluated on: today,
    /// kept inside year Y + 1 so that the evaluator reads that year's facts even when the review is late.
    /// </summary>
    public static DateOnly EvaluationDate(int reportingYear, DateOnly today)
    {
        var first = new DateOnly(reportingYear + 1, 1, 1);
        var last = new DateOnly(reportingYear + 1, 12, 31);
        return today < first ? first : today > last ? last : today;
    }
}
