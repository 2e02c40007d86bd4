namespace Certification.Web.Domain.Assessment;

/// <summary>Where a stored indicator-set version is in its life. If you add a status, also check IndicatorSetVersions.</summary>
public enum IndicatorSetStatus
{
    /// <summary>Uploaded and valid, waiting for an administrator to review the difference and publish it.</summary>
    Draft,

    /// <summary>Published: evaluations use it from its effective date until a higher version takes effect.</summary>
    Published,
}
