namespace Certification.Web.Infrastructure.Reminders;

/// <summary>
/// Reminder and escalation ladders (section "Reminders" of appsettings.json). Each task type (the workflow activity id,
/// e.g. "review") has its own ladder; a type without one uses "Default".
/// </summary>
public sealed class ReminderOptions
{
    /// <summary>The Viet Nam local hour (0–23) at which a reminder of a given day is sent.</summary>
    public int SendAtHour { get; set; } = 8;

    /// <summary>The page a task's assignees act on; {applicationId} and {taskId} are filled in.</summary>
    public string TaskLinkPattern { get; set; } = "/Tasks/Task/{applicationId}/{taskId}";

    /// <summary>The page the applicant, the head and the Board follow the case on; {applicationId} is filled in.</summary>
    public string ApplicationLinkPattern { get; set; } = "/Applications/Details/{applicationId}";

    public Dictionary<string, TaskTypeLadder> TaskTypes { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The head of each reviewing body, by its code (Domain/Organisations/ReviewingBodies): an e-mail address.</summary>
    public Dictionary<string, string> ReviewingBodyHeads { get; set; } = new(StringComparer.Ordinal);

    public AnnualReportReminderOptions AnnualReport { get; set; } = new();

    public CertificateExpiryReminderOptions CertificateExpiry { get; set; } = new();

    public TaskTypeLadder LadderFor(string taskType) =>
        TaskTypes.TryGetValue(taskType, out var ladder) ? ladder
        : TaskTypes.TryGetValue("Default", out var fallback) ? fallback
        : new TaskTypeLadder();
}

/// <summary>One task type's name (as mails show it) and its ladder of steps.</summary>
public sealed class TaskTypeLadder
{
    public string NameVi { get; set; } = "Xử lý hồ sơ";
    public string NameEn { get; set; } = "Dossier task";
    public List<ReminderStep> Steps { get; set; } = [];
}

/// <summary>
/// One rung: <see cref="WorkingDays"/> relative to the due date (negative before it, 0 on it, positive after it,
/// counted in Vietnamese working days), and who is told.
/// </summary>
public sealed class ReminderStep
{
    /// <summary>Stable name, part of each mail's idempotency key: renaming a step re-sends it.</summary>
    public string Name { get; set; } = "";
    public int WorkingDays { get; set; }
    public List<ReminderAudience> Audience { get; set; } = [];
}

/// <summary>Who a reminder step tells. If you add one, also resolve it in <see cref="TaskReminders"/>.</summary>
public enum ReminderAudience
{
    /// <summary>The task's candidate group: users of its organisation in its role.</summary>
    Assignees,

    /// <summary>The head of the reviewing body the task belongs to (<see cref="ReminderOptions.ReviewingBodyHeads"/>).</summary>
    ReviewingBodyHead,

    /// <summary>The Board officers of the application's Management Board.</summary>
    Board,

    /// <summary>The applicant organisation's users, who see the same dates.</summary>
    Applicant,
}

/// <summary>The yearly report deadline (Art 43; Đồng Nai asks for it before 10 December) and when to remind of it.</summary>
public sealed class AnnualReportReminderOptions
{
    public int DeadlineMonth { get; set; } = 12;
    public int DeadlineDay { get; set; } = 10;

    /// <summary>Calendar days before the deadline on which park developers are reminded; 0 is the deadline itself.</summary>
    public int[] DaysBefore { get; set; } = [30, 7, 0];
}

/// <summary>When holders of an expiring certificate are reminded: calendar days before its last valid day.</summary>
public sealed class CertificateExpiryReminderOptions
{
    public int[] DaysBefore { get; set; } = [90, 30, 7];
}
