using Certification.Workflows.Activities;
using Certification.Workflows.Definitions;
using static Certification.Workflows.Processes.ProcessOutcomes;

namespace Certification.Workflows.Processes;

/// <summary>
/// Re-certification (Decree 35 Art 45): the holder submits a re-certification dossier; the Board checks it is complete
/// (looping back until it is) and evaluates it on the annual monitoring reports and the criteria met at that time, with
/// NO consultation of other bodies. A park's Board proposes to the People's Committee, which re-issues or refuses; for an
/// enterprise the Board itself re-issues or refuses. Refusals carry written reasons.
/// </summary>
/// <remarks>
/// Activity ids, outcomes and data keys are those of <see cref="EcoIndustrialParkProcess"/> and
/// <see cref="EcoEnterpriseProcess"/> ("evaluation", "committeeDecision", "issueCertificate"), so the host's step
/// effects and status mapping serve both. Start data as for first certification; the host binds
/// <see cref="CertificateIssueAction"/> and decides from the application that the new certificate replaces the old one.
/// </remarks>
public static class RecertificationProcess
{
    /// <summary>The definition name for parks.</summary>
    public const string ParkName = "eip-recertification";

    /// <summary>The definition name for enterprises.</summary>
    public const string EnterpriseName = "eco-enterprise-recertification";

    /// <summary>Builds the park definition: intake, Board evaluation (propose or refuse), Committee decision.</summary>
    /// <exception cref="WorkflowDefinitionException">A clock length is below 1 working day, or the version below 1.</exception>
    public static WorkflowDefinition BuildForPark(int version, RecertificationClockSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var board = CandidateGroupRule.FromData(ProcessRoles.BoardOfficer, ProcessDataKeys.BoardOrganisation);
        return Intake(new WorkflowDefinitionBuilder(ParkName, version).Named("Eco-industrial park re-certification (Decree 35 Art 45)"), board)
            .HumanTask(ActivityIds.Evaluation, t => t.Named("Evaluate and report").AssignTo(board).Outcomes(Propose, Refuse)
                .RequireData(Refuse, ProcessDataKeys.RefusalReasons)
                .DueIn(settings.ParkEvaluationWorkingDays, ClockReference.Instance(Clocks.Dossier)).Form(FormKeys.Evaluation))
            .HumanTask(ActivityIds.CommitteeDecision, t => t.Named("Committee decision")
                .AssignTo(CandidateGroupRule.FromData(ProcessRoles.CommitteeLeader, ProcessDataKeys.CommitteeOrganisation))
                .Outcomes(Approve, Refuse).RequireData(Refuse, ProcessDataKeys.RefusalReasons)
                .DueIn(settings.CommitteeWorkingDays, ClockReference.Instance(Clocks.Committee)).Form(FormKeys.CommitteeDecision))
            .End(ActivityIds.RefusedByCommittee, RefusedByCommittee, "Refused by Committee")
            .Transition(ActivityIds.Evaluation, Propose, ActivityIds.CommitteeDecision)
            .Transition(ActivityIds.Evaluation, Refuse, ActivityIds.RefusedByBoard)
            .Transition(ActivityIds.CommitteeDecision, Approve, ActivityIds.IssueCertificate)
            .Transition(ActivityIds.CommitteeDecision, Refuse, ActivityIds.RefusedByCommittee)
            .Build();
    }

    /// <summary>Builds the enterprise definition: intake, then the Board evaluates and re-issues or refuses.</summary>
    /// <exception cref="WorkflowDefinitionException">A clock length is below 1 working day, or the version below 1.</exception>
    public static WorkflowDefinition BuildForEnterprise(int version, RecertificationClockSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var board = CandidateGroupRule.FromData(ProcessRoles.BoardOfficer, ProcessDataKeys.BoardOrganisation);
        return Intake(new WorkflowDefinitionBuilder(EnterpriseName, version).Named("Eco-enterprise re-certification (Decree 35 Art 45)"), board)
            .HumanTask(ActivityIds.Evaluation, t => t.Named("Evaluate").AssignTo(board).Outcomes(Approve, Refuse)
                .RequireData(Refuse, ProcessDataKeys.RefusalReasons)
                .DueIn(settings.EnterpriseEvaluationWorkingDays, ClockReference.Instance(Clocks.Dossier)).Form(FormKeys.Evaluation))
            .Transition(ActivityIds.Evaluation, Approve, ActivityIds.IssueCertificate)
            .Transition(ActivityIds.Evaluation, Refuse, ActivityIds.RefusedByBoard)
            .Build();
    }

    /// <summary>The parts both definitions share: intake to evaluation, the certificate action and the two common ends.</summary>
    private static WorkflowDefinitionBuilder Intake(WorkflowDefinitionBuilder builder, CandidateGroupRule board) =>
        builder
            .StartWithDossierIntake(CandidateGroupRule.FromData(ProcessRoles.Applicant, ProcessDataKeys.ApplicantOrganisation), board,
                "recertification", ActivityIds.Evaluation)
            .Action(ActivityIds.IssueCertificate, CertificateIssueAction, "Re-issue certificate")
            .End(ActivityIds.Certified, Certified, "Certified")
            .End(ActivityIds.RefusedByBoard, RefusedByBoard, "Refused by Board")
            .Transition(ActivityIds.IssueCertificate, AutomaticAction.DoneOutcome, ActivityIds.Certified);

    /// <summary>Activity ids (stable across versions; equal to those of first certification).</summary>
    public static class ActivityIds
    {
        /// <summary>Holder prepares the re-certification dossier; outcome submit.</summary>
        public const string Draft = DossierIntake.Draft;
        /// <summary>Board checks completeness; complete or incomplete (with missingItems).</summary>
        public const string CompletenessCheck = DossierIntake.CompletenessCheck;
        /// <summary>Holder completes and resubmits; outcome resubmit.</summary>
        public const string Resubmit = DossierIntake.Resubmit;
        /// <summary>Board evaluates on the annual reports and today's criteria: park propose/refuse, enterprise approve/refuse.</summary>
        public const string Evaluation = "evaluation";
        /// <summary>People's Committee decides (parks only); approve or refuse.</summary>
        public const string CommitteeDecision = "committeeDecision";
        /// <summary>Automatic action certificate.issue: the new certificate, replacing the old one.</summary>
        public const string IssueCertificate = "issueCertificate";
        /// <summary>End: Certified (re-issued).</summary>
        public const string Certified = "certified";
        /// <summary>End: RefusedByBoard.</summary>
        public const string RefusedByBoard = "refusedByBoard";
        /// <summary>End: RefusedByCommittee (parks only).</summary>
        public const string RefusedByCommittee = "refusedByCommittee";
    }

    /// <summary>Form keys of the evaluation and decision (intake forms are "recertification.{activity id}").</summary>
    public static class FormKeys
    {
        /// <summary>Page for the evaluation task.</summary>
        public const string Evaluation = "recertification.evaluation";
        /// <summary>Page for the committee decision task.</summary>
        public const string CommitteeDecision = "recertification.committeeDecision";
    }

    /// <summary>Clock names: "dossier" from the complete dossier; "committee" from the Board's proposal.</summary>
    public static class Clocks
    {
        /// <summary>From the complete dossier; evaluation deadline.</summary>
        public const string Dossier = "dossier";
        /// <summary>From the Board's proposal; committee deadline.</summary>
        public const string Committee = "committee";
    }
}
