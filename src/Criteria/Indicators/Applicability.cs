namespace Certification.Criteria.Indicators;

/// <summary>
/// Which parks an indicator applies to. An indicator that does not apply is reported as
/// <c>NotApplicable</c> and left out of the compliance share. Enterprise sets only use <see cref="Always"/>.
/// </summary>
public enum Applicability
{
    /// <summary>[<c>always</c>] Applies to every subject.</summary>
    Always,

    /// <summary>[<c>newlyEstablishedParkOnly</c>] Applies only to parks newly established as eco-industrial parks (e.g. PM.4, Decree 35 Art 38).</summary>
    NewlyEstablishedParkOnly,

    /// <summary>[<c>existingParkOnly</c>] Applies only to existing parks converting to eco-industrial parks.</summary>
    ExistingParkOnly,
}
