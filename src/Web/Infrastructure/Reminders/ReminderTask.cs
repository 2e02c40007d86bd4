namespace Certification.Web.Infrastructure.Reminders;

/// <summary>
/// An open task as its reminders need it: the seam to the workflow, built from a task row when the task opens.
/// </summary>
/// <param name="TaskType">The workflow activity id, which chooses the ladder (<see cref="ReminderOptions.TaskTypes"/>).</param>
/// <param name="DueOn">The last on-time day (Viet Nam date, inclusive).</param>
/// <param name="Subject">What the task is about as mails name it, e.g. the park's name.</param>
/// <param name="TaskLinkPath">The page the assignees act on.</param>
/// <param name="ApplicationLinkPath">The page the applicant, the head and the Board follow the case on.</param>
/// <param name="AssigneeRoles">The web roles (<c>Roles</c>) of the candidate group, inside <paramref name="AssigneeOrganisationId"/>.</param>
public sealed record ReminderTask(
    Guid TaskId, string TaskType, DateOnly DueOn, string Subject, string TaskLinkPath, string ApplicationLinkPath,
    Guid AssigneeOrganisationId, IReadOnlyCollection<string> AssigneeRoles, Guid? ApplicantOrganisationId, Guid? BoardOrganisationId)
{
    /// <summary>
    /// The task's row is being added in this unit of work: no mail of its ladder (keyed by its new id) can be saved yet,
    /// so only the unsaved ones are checked for repeats.
    /// </summary>
    public bool JustOpened { get; init; }
}
