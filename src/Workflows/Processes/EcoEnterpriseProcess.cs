using Certification.Workflows.Activities;
using Certification.Workflows.Definitions;
using static Certification.Workflows.Processes.ProcessOutcomes;

namespace Certification.Workflows.Processes;

/// <summary>
/// Eco-enterprise certification (Decree 35/2022 Art 42): the enterprise submits; the Board checks
/// completeness (looping back until complete) and forwards the dossier to the provincial departments
/// (Agriculture and Environment, Science and Technology, Industry and Trade, Construction), each of which
/// comments; the Board then evaluates and issues the certificate itself or refuses with reasons.
/// Reuses the activities and vocabulary of <see cref="EcoIndustrialParkProcess"/>; no Committee step.
/// </summary>
/// <remarks>
/// Start data: <see cref="ProcessDataKeys.ApplicantOrganisation"/>, <see cref="ProcessDataKeys.BoardOrganisation"/>.
/// The host binds <see cref="CertificateIssueAction"/> (it can tell the certificate kind from the definition name).
/// </remarks>
public static class EcoEnterpriseProcess
{
    /// <summary>The definition name.</summary>
    public const string Name = "eco-enterprise-certification";

    /// <summary>Builds version <paramref name="version"/> with the clock lengths of <paramref name="settings"/>.</summary>
    /// <exception cref="WorkflowDefinitionException">A clock length is below 1 working day, or the version below 1.</exception>
    public static WorkflowDefinition Build(int version, EcoEnterpriseClockSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var dossierClock = ClockReference.Instance(Clocks.Dossier);
        var applicant = CandidateGroupRule.FromData(ProcessRoles.Applicant, ProcessDataKeys.ApplicantOrganisation);
        var board = CandidateGroupRule.FromData(ProcessRoles.BoardOfficer, ProcessDataKeys.BoardOrganisation);

        return new WorkflowDefinitionBuilder(Name, version)
            .Named("Eco-enterprise certification (Decree 35 Art 42)")
            .StartWithDossierIntake(applicant, board, "enterprise", ActivityIds.Forward)
            .HumanTask(ActivityIds.Forward, t => t.Named("Forward to departments").AssignTo(board).Outcomes(Routed)
                .RequireData(Routed, ProcessDataKeys.ConsultedDepartments).DueIn(settings.ForwardWorkingDays, dossierClock).Form(FormKeys.Forward))
            .FanOut(ActivityIds.Consultations, ProcessDataKeys.ConsultedDepartments, ProcessDataKeys.Department, "Consult each department")
            .HumanTask(ActivityIds.Comment, t => t.Named("Department comment")
                .AssignTo(CandidateGroupRule.FromItem(ProcessRoles.Reviewer, ProcessDataKeys.Department))
                .Outcomes(Approve, Reject).DueIn(settings.CommentWorkingDays, ClockReference.PerItem(Clocks.Comment)).Form(FormKeys.Comment))
            .Join(ActivityIds.CommentsDone, ActivityIds.Consultations, displayName: "All comments in")
            .HumanTask(ActivityIds.Evaluation, t => t.Named("Evaluate").AssignTo(board).Outcomes(Approve, Refuse)
                .RequireData(Refuse, ProcessDataKeys.RefusalReasons).DueIn(settings.EvaluationWorkingDays, dossierClock).Form(FormKeys.Evaluation))
            .Action(ActivityIds.IssueCertificate, CertificateIssueAction, "Issue certificate")
            .End(ActivityIds.Certified, Certified, "Certified")
            .End(ActivityIds.RefusedByBoard, RefusedByBoard, "Refused by Board")
            .Transition(ActivityIds.Forward, Routed, ActivityIds.Consultations)
            .Transition(ActivityIds.Consultations, FanOut.EachOutcome, ActivityIds.Comment)
            .Transition(ActivityIds.Comment, Approve, ActivityIds.CommentsDone)
            .Transition(ActivityIds.Comment, Reject, ActivityIds.CommentsDone)
            .Transition(ActivityIds.CommentsDone, Join.DoneOutcome, ActivityIds.Evaluation)
            .Transition(ActivityIds.Evaluation, Approve, ActivityIds.IssueCertificate)
            .Transition(ActivityIds.Evaluation, Refuse, ActivityIds.RefusedByBoard)
            .Transition(ActivityIds.IssueCertificate, AutomaticAction.DoneOutcome, ActivityIds.Certified)
            .Build();
    }

    /// <summary>Activity ids (stable across versions).</summary>
    public static class ActivityIds
    {
        /// <summary>Applicant prepares the dossier; outcome submit.</summary>
        public const string Draft = DossierIntake.Draft;
        /// <summary>Board checks completeness; complete or incomplete (with missingItems).</summary>
        public const string CompletenessCheck = DossierIntake.CompletenessCheck;
        /// <summary>Applicant completes and resubmits after "incomplete"; outcome resubmit.</summary>
        public const string Resubmit = DossierIntake.Resubmit;
        /// <summary>Board forwards to the departments (consultedDepartments); outcome routed; due 3 working days on the dossier clock.</summary>
        public const string Forward = "forward";
        /// <summary>Fan-out: one comment path per consulted department.</summary>
        public const string Consultations = "consultations";
        /// <summary>A department comments; approve or reject; due 10 working days [D] per department.</summary>
        public const string Comment = "comment";
        /// <summary>Join: waits for every comment.</summary>
        public const string CommentsDone = "commentsDone";
        /// <summary>Board evaluates; approve or refuse (with refusalReasons); due 20 working days on the dossier clock.</summary>
        public const string Evaluation = "evaluation";
        /// <summary>Automatic action certificate.issue (the host assigns the number).</summary>
        public const string IssueCertificate = "issueCertificate";
        /// <summary>End: Certified.</summary>
        public const string Certified = "certified";
        /// <summary>End: RefusedByBoard.</summary>
        public const string RefusedByBoard = "refusedByBoard";
    }

    /// <summary>Form keys: the web maps each to the page that completes the task.</summary>
    public static class FormKeys
    {
        /// <summary>Page for the draft task.</summary>
        public const string Draft = "enterprise.draft";
        /// <summary>Page for the completeness check task.</summary>
        public const string CompletenessCheck = "enterprise.completenessCheck";
        /// <summary>Page for the resubmit task.</summary>
        public const string Resubmit = "enterprise.resubmit";
        /// <summary>Page for the forward task.</summary>
        public const string Forward = "enterprise.forward";
        /// <summary>Page for the department comment task.</summary>
        public const string Comment = "enterprise.comment";
        /// <summary>Page for the evaluation task.</summary>
        public const string Evaluation = "enterprise.evaluation";
    }

    /// <summary>Clock names: "dossier" runs from the complete dossier; "comment/{department}" per consulted department.</summary>
    public static class Clocks
    {
        /// <summary>From the complete dossier (started by the forward task); forward and evaluation deadlines.</summary>
        public const string Dossier = "dossier";
        /// <summary>Per consulted department, from forwarding; comment deadline.</summary>
        public const string Comment = "comment";
    }
}
