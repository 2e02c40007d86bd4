namespace Certification.Web.Domain.Calendar;

/// <summary>
/// A row of the holiday table administrators maintain (table PublicHolidays): a date that is not a working day.
/// Rows seeded from <c>VietnamesePublicHolidaySeed</c> stay marked until an administrator confirms or edits them.
/// </summary>
public sealed class CalendarHoliday
{
    public DateOnly Date { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>True for seeded rows nobody has checked against the year's official notice yet.</summary>
    public bool IsSeed { get; private set; }

    private CalendarHoliday() { }

    public CalendarHoliday(DateOnly date, string name, bool isSeed = false)
    {
        Date = date;
        IsSeed = isSeed;
        Rename(name);
    }

    public void Rename(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainException("Holiday.NameRequired", "Vui lòng nhập tên ngày lễ.");
        Name = name.Trim();
        IsSeed = false;
    }
}
