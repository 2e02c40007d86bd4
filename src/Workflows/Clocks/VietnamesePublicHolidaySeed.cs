namespace Certification.Workflows.Clocks;

/// <summary>
/// SEED holiday table for 2025–2027, which the web application copies into its holiday table on first
/// start. Seed only: administrators must check each year's official notice (the Government and the
/// Ministry of Home Affairs announce Tết and compensatory days every year) and correct the table.
/// </summary>
/// <remarks>
/// Only weekdays are listed: weekend days inside a holiday window are non-working anyway, so listing
/// them changes nothing. Compensatory days (a holiday falling on a weekend moves to a weekday) are
/// listed under the weekday they move to.
/// </remarks>
public static class VietnamesePublicHolidaySeed
{
    /// <summary>The warning the web shows beside seeded rows.</summary>
    public const string Notice = "Seed data; administrators must check each year's official notice.";

    /// <summary>The seeded holidays, ordered by date.</summary>
    public static IReadOnlyList<PublicHoliday> Holidays { get; } =
    [
        // 2025
        new(new(2025, 1, 1), "Tết Dương lịch"),
        .. Range(new(2025, 1, 27), new(2025, 1, 31), "Tết Nguyên đán"),
        new(new(2025, 4, 7), "Giỗ Tổ Hùng Vương"),
        new(new(2025, 4, 30), "Ngày Giải phóng miền Nam, thống nhất đất nước"),
        new(new(2025, 5, 1), "Ngày Quốc tế Lao động"),
        new(new(2025, 5, 2), "Ngày Quốc tế Lao động (nghỉ hoán đổi)"),
        new(new(2025, 9, 1), "Quốc khánh"),
        new(new(2025, 9, 2), "Quốc khánh"),

        // 2026
        new(new(2026, 1, 1), "Tết Dương lịch"),
        new(new(2026, 1, 2), "Tết Dương lịch (nghỉ thêm)"),
        .. Range(new(2026, 2, 16), new(2026, 2, 20), "Tết Nguyên đán"),
        new(new(2026, 4, 27), "Giỗ Tổ Hùng Vương (nghỉ bù)"),
        new(new(2026, 4, 30), "Ngày Giải phóng miền Nam, thống nhất đất nước"),
        new(new(2026, 5, 1), "Ngày Quốc tế Lao động"),
        new(new(2026, 9, 1), "Quốc khánh"),
        new(new(2026, 9, 2), "Quốc khánh"),

        // 2027
        new(new(2027, 1, 1), "Tết Dương lịch"),
        .. Range(new(2027, 2, 4), new(2027, 2, 5), "Tết Nguyên đán"),
        .. Range(new(2027, 2, 8), new(2027, 2, 10), "Tết Nguyên đán"),
        new(new(2027, 4, 16), "Giỗ Tổ Hùng Vương"),
        new(new(2027, 4, 30), "Ngày Giải phóng miền Nam, thống nhất đất nước"),
        new(new(2027, 5, 3), "Ngày Quốc tế Lao động (nghỉ bù)"),
        new(new(2027, 9, 2), "Quốc khánh"),
        new(new(2027, 9, 3), "Quốc khánh"),
    ];

    /// <summary>The seeded holidays of one calendar year; empty for years outside 2025–2027.</summary>
    public static IReadOnlyList<PublicHoliday> ForYear(int year) =>
        [.. Holidays.Where(holiday => holiday.Date.Year == year)];

    private static IEnumerable<PublicHoliday> Range(DateOnly first, DateOnly last, string name)
    {
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            yield return new PublicHoliday(date, name);
        }
    }
}
