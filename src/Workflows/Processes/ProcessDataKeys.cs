namespace Certification.Workflows.Processes;

/// <summary>
/// Instance-data keys and item fields the certification processes read. The host supplies the first
/// three at start; the others arrive with the resume of the task that produces them.
/// </summary>
public static class ProcessDataKeys
{
    /// <summary>Start data: organisation id of the applicant (candidate group of applicant tasks).</summary>
    public const string ApplicantOrganisation = "applicantOrganisation";

    /// <summary>Start data: organisation id of the Management Board handling the dossier.</summary>
    public const string BoardOrganisation = "boardOrganisation";

    /// <summary>Start data (EIP only): organisation id of the provincial People's Committee.</summary>
    public const string CommitteeOrganisation = "committeeOrganisation";

    /// <summary>
    /// EIP "route" resume: JSON array of objects {"indicator": code, "reviewingBody": organisation id},
    /// one review per entry; indicator codes must be unique.
    /// </summary>
    public const string RoutedIndicators = "routedIndicators";

    /// <summary>Item field of <see cref="RoutedIndicators"/>: the indicator code (the item key).</summary>
    public const string Indicator = "indicator";

    /// <summary>Item field of <see cref="RoutedIndicators"/>: the reviewing body's organisation id.</summary>
    public const string ReviewingBody = "reviewingBody";

    /// <summary>
    /// Eco-enterprise "forward" resume: JSON array of objects {"department": organisation id}, one
    /// consultation per provincial department.
    /// </summary>
    public const string ConsultedDepartments = "consultedDepartments";

    /// <summary>Item field of <see cref="ConsultedDepartments"/>: the department's organisation id (the item key).</summary>
    public const string Department = "department";

    /// <summary>Required with "incomplete": what the dossier lacks, as told to the applicant.</summary>
    public const string MissingItems = "missingItems";

    /// <summary>Required with "requestSupplement": what the reviewer asks the applicant for.</summary>
    public const string SupplementRequest = "supplementRequest";

    /// <summary>Required with "refuse": the written reasons (the Board must answer with reasons, Decree 35 Art 41).</summary>
    public const string RefusalReasons = "refusalReasons";
}
