using Certification.Workflows.Activities;
using Certification.Workflows.Definitions;
using static Certification.Workflows.Processes.ProcessOutcomes;

namespace Certification.Workflows.Processes;

/// <summary>
/// Eco-industrial park certification (Decree 35/2022 Art 41): the developer prepares and submits; the
/// Board checks completeness (looping back to the applicant until complete), routes each indicator to a
/// reviewing body, which approves, rejects or asks the applicant for a supplement (the dossier clock and
/// that review's clock stop meanwhile); when every review is in, the Board evaluates and either refuses
/// with reasons or proposes to the People's Committee, which approves (the host issues the certificate)
/// or refuses.
/// </summary>
/// <remarks>
/// Start data: <see cref="ProcessDataKeys.ApplicantOrganisation"/>, <see cref="ProcessDataKeys.BoardOrganisation"/>,
/// <see cref="ProcessDataKeys.CommitteeOrganisation"/>. The host binds <see cref="CertificateIssueAction"/>.
/// </remarks>
public static class EcoIndustrialParkProcess
{
    /// <summary>The definition name.</summary>
    public const string Name = "eip-certification";

    /// <summary>Builds version <paramref name="version"/> with the clock lengths of <paramref name="settings"/>.</summary>
    /// <exception cref="WorkflowDefinitionException">A clock length is below 1 working day, or the version below 1.</exception>
    public static WorkflowDefinition Build(int version, EcoIndustrialParkClockSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var dossierClock = ClockReference.Instance(Clocks.Dossier);
        var reviewClock = ClockReference.PerItem(Clocks.Review);
        var applicant = CandidateGroupRule.FromData(ProcessRoles.Applicant, ProcessDataKeys.ApplicantOrganisation);
        var board = CandidateGroupRule.FromData(ProcessRoles.BoardOfficer, ProcessDataKeys.BoardOrganisation);

        return new WorkflowDefinitionBuilder(Name, version)
            .Named("Eco-industrial park certification (Decree 35 Art 41)")
            .StartWithDossierIntake(applicant, board, "eip", ActivityIds.Route)
            .HumanTask(ActivityIds.Route, t => t.Named("Route indicators").AssignTo(board).Outcomes(Routed)
                .RequireData(Routed, ProcessDataKeys.RoutedIndicators).DueIn(settings.RouteWorkingDays, dossierClock).Form(FormKeys.Route))
            .FanOut(ActivityIds.Reviews, ProcessDataKeys.RoutedIndicators, ProcessDataKeys.Indicator, "Review each indicator")
            .HumanTask(ActivityIds.Review, t => t.Named("Review indicator")
                .AssignTo(CandidateGroupRule.FromItem(ProcessRoles.Reviewer, ProcessDataKeys.ReviewingBody))
                .Outcomes(Approve, Reject, RequestSupplement).RequireData(RequestSupplement, ProcessDataKeys.SupplementRequest)
                .DueIn(settings.ReviewWorkingDays, reviewClock).Form(FormKeys.Review))
            .HumanTask(ActivityIds.Supplement, t => t.Named("Supply supplement").AssignTo(applicant).Outcomes(Supplied)
                .Pauses(dossierClock, reviewClock).Form(FormKeys.Supplement))
            .Join(ActivityIds.ReviewsDone, ActivityIds.Reviews, displayName: "All reviews in")
            .HumanTask(ActivityIds.Evaluation, t => t.Named("Evaluate and report").AssignTo(board).Outcomes(Propose, Refuse)
                .RequireData(Refuse, ProcessDataKeys.RefusalReasons).DueIn(settings.EvaluationWorkingDays, dossierClock).Form(FormKeys.Evaluation))
            .HumanTask(ActivityIds.CommitteeDecision, t => t.Named("Committee decision")
                .AssignTo(CandidateGroupRule.FromData(ProcessRoles.CommitteeLeader, ProcessDataKeys.CommitteeOrganisation))
                .Outcomes(Approve, Refuse).RequireData(Refuse, ProcessDataKeys.RefusalReasons)
                .DueIn(settings.CommitteeWorkingDays, ClockReference.Instance(Clocks.Committee)).Form(FormKeys.CommitteeDecision))
            .Action(ActivityIds.IssueCertificate, CertificateIssueAction, "Issue certificate")
            .End(ActivityIds.Certified, Certified, "Certified")
            .End(ActivityIds.RefusedByBoard, RefusedByBoard, "Refused by Board")
            .End(ActivityIds.RefusedByCommittee, RefusedByCommittee, "Refused by Committee")
            .Transition(ActivityIds.Route, Routed, ActivityIds.Reviews)
            .Transition(ActivityIds.Reviews, FanOut.EachOutcome, ActivityIds.Review)
            .Transition(ActivityIds.Review, Approve, ActivityIds.ReviewsDone)
            .Transition(ActivityIds.Review, Reject, ActivityIds.ReviewsDone)
            .Transition(ActivityIds.Review, RequestSupplement, ActivityIds.Supplement)
            .Transition(ActivityIds.Supplement, Supplied, ActivityIds.Review)
            .Transition(ActivityIds.ReviewsDone, Join.DoneOutcome, ActivityIds.Evaluation)
            .Transition(ActivityIds.Evaluation, Refuse, ActivityIds.RefusedByBoard)
            .Transition(ActivityIds.Evaluation, Propose, ActivityIds.CommitteeDecision)
            .Transition(ActivityIds.CommitteeDecision, Approve, ActivityIds.IssueCertificate)
            .Transition(ActivityIds.CommitteeDecision, Refuse, ActivityIds.RefusedByCommittee)
            .Transition(ActivityIds.IssueCertificate, AutomaticAction.DoneOutcome, ActivityIds.Certified)
            .Build();
    }

    /// <summary>Activity ids (stable across versions; the web and the journal refer to them).</summary>
    public static class ActivityIds
    {
        /// <summary>Applicant prepares the dossier; outcome submit.</summary>
        public const string Draft = DossierIntake.Draft;
        /// <summary>Board checks completeness; complete or incomplete (with missingItems).</summary>
        public const string CompletenessCheck = DossierIntake.CompletenessCheck;
        /// <summary>Applicant completes and resubmits after "incomplete"; outcome resubmit.</summary>
        public const string Resubmit = DossierIntake.Resubmit;
        /// <summary>Board routes each indicator to a reviewing body (routedIndicators); due 3 working days on the dossier clock.</summary>
        public const string Route = "route";
        /// <summary>Fan-out: one review path per routed indicator.</summary>
        public const string Reviews = "reviews";
        /// <summary>Reviewing body reviews one indicator; approve, reject or requestSupplement; due 15 working days per indicator.</summary>
        public const string Review = "review";
        /// <summary>Applicant supplies what a reviewer asked for; stops the dossier and review clocks; outcome supplied.</summary>
        public const string Supplement = "supplement";
        /// <summary>Join: waits for every review.</summary>
        public const string ReviewsDone = "reviewsDone";
        /// <summary>Board evaluates and reports; propose or refuse (with refusalReasons); due 40 working days on the dossier clock.</summary>
        public const string Evaluation = "evaluation";
        /// <summary>People's Committee decides; approve or refuse (with refusalReasons); due 10 working days [D].</summary>
        public const string CommitteeDecision = "committeeDecision";
        /// <summary>Automatic action certificate.issue (the host assigns the number).</summary>
        public const string IssueCertificate = "issueCertificate";
        /// <summary>End: Certified.</summary>
        public const string Certified = "certified";
        /// <summary>End: RefusedByBoard.</summary>
        public const string RefusedByBoard = "refusedByBoard";
        /// <summary>End: RefusedByCommittee.</summary>
        public const string RefusedByCommittee = "refusedByCommittee";
    }

    /// <summary>Form keys: the web maps each to the page that completes the task.</summary>
    public static class FormKeys
    {
        /// <summary>Page for the draft task.</summary>
        public const string Draft = "eip.draft";
        /// <summary>Page for the completeness check task.</summary>
        public const string CompletenessCheck = "eip.completenessCheck";
        /// <summary>Page for the resubmit task.</summary>
        public const string Resubmit = "eip.resubmit";
        /// <summary>Page for the route task.</summary>
        public const string Route = "eip.route";
        /// <summary>Page for the review task.</summary>
        public const string Review = "eip.review";
        /// <summary>Page for the supplement task.</summary>
        public const string Supplement = "eip.supplement";
        /// <summary>Page for the evaluation task.</summary>
        public const string Evaluation = "eip.evaluation";
        /// <summary>Page for the committee decision task.</summary>
        public const string CommitteeDecision = "eip.committeeDecision";
    }

    /// <summary>Clock names: "dossier" runs from the complete dossier; "review/{indicator}" per routed indicator; "committee" from the proposal.</summary>
    public static class Clocks
    {
        /// <summary>From the complete dossier (started by the route task); route and evaluation deadlines.</summary>
        public const string Dossier = "dossier";
        /// <summary>Per routed indicator, from routing; review deadline.</summary>
        public const string Review = "review";
        /// <summary>From the Board's proposal; committee deadline.</summary>
        public const string Committee = "committee";
    }
}
