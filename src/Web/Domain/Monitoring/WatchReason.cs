namespace Certification.Web.Domain.Monitoring;

/// <summary>Why a certified park or enterprise is on the watch list (Decree 35 Art 44).</summary>
public enum WatchReason
{
    /// <summary>No report for the reporting year was filed by the deadline plus the grace period.</summary>
    MissedReport,

    /// <summary>The re-evaluation of an accepted report failed at least one mandatory criterion.</summary>
    FailedMandatoryCriterion,
}
