namespace Certification.Workflows.Processes;

/// <summary>
/// Role codes of the candidate groups used by the certification processes. The web's role table must
/// use the same codes; the organisation half of each group comes from instance data or the routed item.
/// </summary>
public static class ProcessRoles
{
    /// <summary>Staff of the applicant (park developer or enterprise) who prepare and supplement the dossier.</summary>
    public const string Applicant = "Applicant";

    /// <summary>Officers of the provincial Management Board of IPs and EZs.</summary>
    public const string BoardOfficer = "BoardOfficer";

    /// <summary>Staff of a reviewing body (ministry or provincial department) who comment.</summary>
    public const string Reviewer = "Reviewer";

    /// <summary>Leaders of the provincial People's Committee who issue or refuse the EIP certificate.</summary>
    public const string CommitteeLeader = "CommitteeLeader";
}
