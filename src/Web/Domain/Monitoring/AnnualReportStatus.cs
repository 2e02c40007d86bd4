namespace Certification.Web.Domain.Monitoring;

/// <summary>Where a yearly report is. If you add a status, also check AnnualReport's transitions and the Monitoring pages.</summary>
public enum AnnualReportStatus
{
    /// <summary>Being filled in by the filer; nothing reviewed yet.</summary>
    Draft,

    /// <summary>Filed; waiting for the Board's review. The filer can no longer change it.</summary>
    Submitted,

    /// <summary>Sent back by the Board with reasons; the filer corrects and submits again.</summary>
    Returned,

    /// <summary>Accepted by the Board; the criteria were re-evaluated on its data.</summary>
    Accepted,

    /// <summary>An accepted report replaced by a correction (a later revision of the same year).</summary>
    Superseded,
}
