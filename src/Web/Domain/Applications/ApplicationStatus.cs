using Certification.Workflows.Processes;
using Certification.Workflows.Runtime;

namespace Certification.Web.Domain.Applications;

/// <summary>
/// The stage an application is at, as a stable string (stored, shown through resources). It follows the workflow
/// instance: <see cref="Of"/> reads it from the open steps after every runner call, in the same save.
/// </summary>
/// <remarks>If a process gains an activity, map it in <see cref="Of"/> and give the new status a label on the pages.</remarks>
public static class ApplicationStatus
{
    public const string Draft = "Draft";
    public const string Submitted = "Submitted";
    public const string Incomplete = "Incomplete";
    public const string Routing = "Routing";
    public const string UnderReview = "UnderReview";
    public const string Evaluation = "Evaluation";
    public const string Proposed = "Proposed";
    public const string CertificatePending = "CertificatePending";
    public const string Certified = "Certified";
    public const string RefusedByBoard = "RefusedByBoard";
    public const string RefusedByCommittee = "RefusedByCommittee";
    public const string Withdrawn = "Withdrawn";

    public static readonly IReadOnlyList<string> All =
        [Draft, Submitted, Incomplete, Routing, UnderReview, Evaluation, Proposed, CertificatePending, Certified, RefusedByBoard, RefusedByCommittee, Withdrawn];

    /// <summary>Statuses after which nothing happens any more.</summary>
    public static readonly IReadOnlyList<string> Finished = [Certified, RefusedByBoard, RefusedByCommittee, Withdrawn];

    /// <summary>The status an instance's state stands for; the latest stage wins when several steps are open.</summary>
    public static string Of(WorkflowInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.Status == WorkflowStatus.Cancelled)
            return Withdrawn;
        if (instance.Status == WorkflowStatus.Completed)
            return instance.FinalOutcome switch
            {
                ProcessOutcomes.Certified => Certified,
                ProcessOutcomes.RefusedByBoard => RefusedByBoard,
                ProcessOutcomes.RefusedByCommittee => RefusedByCommittee,
                var other => other ?? Draft,
            };
        var current = instance.CurrentActivityIds;
        if (current.Count == 0)
            return CertificatePending; // faulted on the certificate action, waiting for an administrator's retry
        if (current.Contains("committeeDecision")) return Proposed;
        if (current.Contains("evaluation")) return Evaluation;
        if (current.Overlaps(["review", "supplement", "comment"])) return UnderReview;
        if (current.Overlaps(["route", "forward"])) return Routing;
        if (current.Contains(DossierIntake.Resubmit)) return Incomplete;
        if (current.Contains(DossierIntake.CompletenessCheck)) return Submitted;
        return Draft;
    }
}
