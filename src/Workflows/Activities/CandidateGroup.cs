namespace Certification.Workflows.Activities;

/// <summary>
/// Who may complete a human task: everyone holding <paramref name="RoleCode"/> within the organisation
/// <paramref name="OrganisationId"/>, e.g. role "Reviewer" of organisation "MAE". Both are the host's
/// identifiers; the runtime only compares strings.
/// </summary>
public sealed record CandidateGroup(string RoleCode, string OrganisationId)
{
    /// <summary>"RoleCode@OrganisationId", for journals and logs.</summary>
    public override string ToString() => $"{RoleCode}@{OrganisationId}";
}
