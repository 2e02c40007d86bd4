using Certification.Workflows.Runtime;

namespace Certification.Web.Infrastructure.Workflows;

/// <summary>
/// An open bookmark as a queryable row (table WorkflowTasks): the inboxes ask by candidate group and due date, the timer
/// job by fire instant. The instance's own Bookmarks column stays the truth; <see cref="TaskProjection"/> rewrites these
/// rows from it in the same save, so the two never disagree after a commit.
/// </summary>
public sealed class WorkflowTask
{
    /// <summary>The bookmark id: the task id in URLs.</summary>
    public Guid Id { get; private set; }
    public Guid InstanceId { get; private set; }
    public Guid? ApplicationId { get; private set; }
    public string ActivityId { get; private set; } = "";
    public BookmarkKind Kind { get; private set; }

    /// <summary>Process role code of the candidate group (e.g. "Reviewer"); null for timers.</summary>
    public string? RoleCode { get; private set; }

    /// <summary>Organisation id of the candidate group, as the instance holds it; null for timers.</summary>
    public string? OrganisationId { get; private set; }
    public string? FormKey { get; private set; }
    public string? ItemKey { get; private set; }

    /// <summary>Last on-time day (Viet Nam date, inclusive) as last fixed; a paused clock moves it (see the instance).</summary>
    public DateOnly? DueOn { get; private set; }
    public DateTimeOffset? FireAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    private WorkflowTask() { }

    internal WorkflowTask(Bookmark bookmark, Guid instanceId, Guid? applicationId)
    {
        Id = bookmark.Id;
        InstanceId = instanceId;
        ApplicationId = applicationId;
        ActivityId = bookmark.ActivityId;
        Kind = bookmark.Kind;
        RoleCode = bookmark.CandidateGroup?.RoleCode;
        OrganisationId = bookmark.CandidateGroup?.OrganisationId;
        FormKey = bookmark.FormKey;
        ItemKey = bookmark.ItemKey;
        CreatedAt = bookmark.CreatedAt;
        Refresh(bookmark);
    }

    internal void Refresh(Bookmark bookmark)
    {
        DueOn = bookmark.DueOn;
        FireAt = bookmark.FireAt;
    }
}
