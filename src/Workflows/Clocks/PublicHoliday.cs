namespace Certification.Workflows.Clocks;

/// <summary>
/// One non-working public holiday date, as a row of the administrator-maintained holiday table.
/// A multi-day holiday (Tết) is one row per date.
/// </summary>
/// <param name="Date">The calendar date (Viet Nam local date) that is not a working day.</param>
/// <param name="Name">The holiday's name as published in the official notice (Vietnamese).</param>
public sealed record PublicHoliday(DateOnly Date, string Name);
