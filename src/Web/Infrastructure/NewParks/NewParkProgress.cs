namespace Certification.Web.Infrastructure.NewParks;

/// <summary>
/// Where a newly established park stands against its 8-year deadline (Decree 35 Art 38): the deadline, time left, whether
/// it already holds a valid EIP certificate (the deadline is then met), and its criteria result year by year.
/// </summary>
/// <param name="LastDay">The last day (inclusive) to meet every criterion; see <see cref="Domain.Parks.NewParkDeadline"/>.</param>
/// <param name="DaysLeft">Calendar days from today to <paramref name="LastDay"/>; negative once passed.</param>
/// <param name="YearOfPeriod">Which of the 8 years today falls in (above 8 once over).</param>
/// <param name="Years">One row per reporting year with a result, oldest first; the live evaluation of today last.</param>
public sealed record NewParkProgress(Guid ParkId, string ParkName, bool IsDemo, DateOnly EstablishedOn, DateOnly LastDay, int DaysLeft,
    int YearOfPeriod, bool IsCertified, IReadOnlyList<ProgressYear> Years)
{
    public bool IsOverdue => DaysLeft < 0 && !IsCertified;

    /// <summary>The most recent result (the live one when there is one), or null when the park has none.</summary>
    public ProgressYear? Latest => Years.Count == 0 ? null : Years[^1];
}

/// <summary>
/// The criteria result of one reporting year (the calendar year whose enterprise facts were read, the year before the
/// evaluation): met of applicable indicators, compliance share, whether every mandatory indicator is met.
/// </summary>
/// <param name="IsLive">True for today's evaluation (not stored); false for a recorded assessment snapshot.</param>
public sealed record ProgressYear(int ReportingYear, DateOnly EvaluatedOn, int MetCount, int ApplicableCount, decimal? CompliancePercent,
    bool AllMandatoryMet, string SetId, int SetVersion, bool IsLive);
