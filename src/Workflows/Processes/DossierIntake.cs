using Certification.Workflows.Activities;
using Certification.Workflows.Definitions;
using static Certification.Workflows.Processes.ProcessOutcomes;

namespace Certification.Workflows.Processes;

/// <summary>
/// The intake every certification procedure starts with (Decree 35 Art 41, 42): the applicant prepares and submits
/// the dossier; the Board checks it is complete; an incomplete dossier goes back to the applicant with the missing
/// items and then returns to the check. The process starts at <see cref="Draft"/>; a complete dossier continues to
/// the activity the process names.
/// </summary>
public static class DossierIntake
{
    /// <summary>Applicant prepares the dossier; outcome submit.</summary>
    public const string Draft = "draft";

    /// <summary>Board checks completeness; complete or incomplete (with missingItems).</summary>
    public const string CompletenessCheck = "completenessCheck";

    /// <summary>Applicant completes and resubmits after "incomplete"; outcome resubmit.</summary>
    public const string Resubmit = "resubmit";

    /// <summary>Adds the three intake activities, starts the definition at <see cref="Draft"/>, and sends a complete
    /// dossier to <paramref name="whenComplete"/>. Form keys are "{<paramref name="formPrefix"/>}.{activity id}".</summary>
    public static WorkflowDefinitionBuilder StartWithDossierIntake(this WorkflowDefinitionBuilder builder,
        CandidateGroupRule applicant, CandidateGroupRule board, string formPrefix, string whenComplete) =>
        builder
            .StartAt(Draft)
            .HumanTask(Draft, t => t.Named("Prepare dossier").AssignTo(applicant).Outcomes(Submit).Form($"{formPrefix}.{Draft}"))
            .HumanTask(CompletenessCheck, t => t.Named("Check completeness").AssignTo(board)
                .Outcomes(Complete, Incomplete).RequireData(Incomplete, ProcessDataKeys.MissingItems).Form($"{formPrefix}.{CompletenessCheck}"))
            .HumanTask(Resubmit, t => t.Named("Complete and resubmit").AssignTo(applicant).Outcomes(ProcessOutcomes.Resubmit)
                .Form($"{formPrefix}.{Resubmit}"))
            .Transition(Draft, Submit, CompletenessCheck)
            .Transition(CompletenessCheck, Complete, whenComplete)
            .Transition(CompletenessCheck, Incomplete, Resubmit)
            .Transition(Resubmit, ProcessOutcomes.Resubmit, CompletenessCheck);
}
