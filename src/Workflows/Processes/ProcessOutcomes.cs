namespace Certification.Workflows.Processes;

/// <summary>Task outcomes and final outcomes shared by the certification processes.</summary>
public static class ProcessOutcomes
{
    /// <summary>The applicant submits the draft dossier.</summary>
    public const string Submit = "submit";

    /// <summary>The Board finds the dossier complete.</summary>
    public const string Complete = "complete";

    /// <summary>The Board finds the dossier incomplete; requires <see cref="ProcessDataKeys.MissingItems"/>.</summary>
    public const string Incomplete = "incomplete";

    /// <summary>The applicant resubmits the completed dossier.</summary>
    public const string Resubmit = "resubmit";

    /// <summary>The Board has routed the indicators (EIP) or forwarded the dossier (eco-enterprise).</summary>
    public const string Routed = "routed";

    /// <summary>A reviewer, the Committee or the Board approves.</summary>
    public const string Approve = "approve";

    /// <summary>A reviewer rejects (comments against).</summary>
    public const string Reject = "reject";

    /// <summary>A reviewer asks the applicant for more; requires <see cref="ProcessDataKeys.SupplementRequest"/>.</summary>
    public const string RequestSupplement = "requestSupplement";

    /// <summary>The applicant has supplied the supplement.</summary>
    public const string Supplied = "supplied";

    /// <summary>The Board proposes certification to the People's Committee (EIP).</summary>
    public const string Propose = "propose";

    /// <summary>Refusal; requires <see cref="ProcessDataKeys.RefusalReasons"/>.</summary>
    public const string Refuse = "refuse";

    /// <summary>Final outcome: the certificate was issued.</summary>
    public const string Certified = "Certified";

    /// <summary>Final outcome: the Board refused (criteria not met), with written reasons.</summary>
    public const string RefusedByBoard = "RefusedByBoard";

    /// <summary>Final outcome: the People's Committee refused (EIP).</summary>
    public const string RefusedByCommittee = "RefusedByCommittee";

    /// <summary>The automatic action the host binds to issue a certificate (assigns the number, stores it).</summary>
    public const string CertificateIssueAction = "certificate.issue";
}
