namespace Certification.Web.Infrastructure.Monitoring;

/// <summary>
/// Settings of yearly monitoring and the watch list (section "Monitoring" of appsettings.json; [D] design defaults an
/// administrator may change). The report deadline itself is Reminders:AnnualReport (10 December by default).
/// </summary>
public sealed class MonitoringOptions
{
    /// <summary>Calendar days after the deadline before a certified park or enterprise without a filed report goes on the watch list.</summary>
    public int GraceDays { get; set; } = 30;

    /// <summary>The remedy period the Board's notice form proposes, in Vietnamese working days.</summary>
    public int RemedyWorkingDays { get; set; } = 30;
}
