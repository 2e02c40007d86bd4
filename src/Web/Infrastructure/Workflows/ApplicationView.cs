using Certification.Workflows.Clocks;

namespace Certification.Web.Infrastructure.Workflows;

/// <summary>An application as its pages and the API show it: facts, open steps with deadlines, dossier, routing, journal;
/// for re-certification (Art 45) the certificate it renews.</summary>
public sealed record ApplicationView(
    Guid Id, string Kind, string Status, Guid ProvinceId, Guid ParkId, string ParkName, Guid? EnterpriseId, Guid ApplicantOrganisationId,
    string ApplicantName, DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt, DateOnly? DossierCompleteOn, string? MissingItems,
    DateTimeOffset? DecidedAt, string? RefusalReasons, string? CertificateNumber, DateOnly? CertificateIssuedOn, string? CriteriaSetId,
    string? CriteriaSetVersion, bool IsDemo, Guid InstanceId, string DefinitionName, int DefinitionVersion, string InstanceStatus,
    IReadOnlyList<StepView> OpenSteps, IReadOnlyList<JournalView> Journal, IReadOnlyList<IncidentView> Incidents,
    IReadOnlyList<DocumentView> Documents, IReadOnlyList<RouteView> Routes, IReadOnlyDictionary<string, string?> Requests,
    Guid? RenewsCertificateId = null);

/// <summary>An open step: who holds it (role and organisation) and its live deadline (null when it has none).</summary>
public sealed record StepView(Guid TaskId, string ActivityId, string Kind, string? ItemKey, string? RoleCode, string? OrganisationId,
    string? HolderName, DeadlineView? Deadline, IReadOnlyList<string> Outcomes, bool CanAct, string? FormKey);

/// <summary>A due date with its working-day counts; Status is OnTime, DueToday or Overdue.</summary>
public sealed record DeadlineView(DateOnly DueOn, string Status, int WorkingDaysLeft, int WorkingDaysOverdue, bool IsPaused)
{
    public static DeadlineView? From(Deadline? deadline) => deadline is null ? null
        : new(deadline.DueOn, deadline.Status.ToString(), deadline.WorkingDaysLeft, deadline.WorkingDaysOverdue, deadline.IsPaused);
}

public sealed record JournalView(int Sequence, DateTimeOffset At, string Kind, string ActivityId, string? ItemKey, string Actor,
    string? Outcome, string? Data);

public sealed record IncidentView(Guid Id, string ActivityId, string Message, DateTimeOffset OccurredAt, bool IsOpen, string? ResolvedBy);

public sealed record DocumentView(Guid Id, string Kind, Guid FileId, string FileName, string ContentType, string? IndicatorCode);

public sealed record RouteView(string IndicatorCode, Guid ReviewingBodyId, string ReviewingBodyName, string? Decision, string? Comment,
    DateTimeOffset? DecidedAt);
