namespace Certification.Criteria.Indicators;

/// <summary>
/// The group an indicator is shown and totalled under. The four national groups mirror the
/// UNIDO / World Bank / GIZ International Framework; legal basis and infrastructure hold the
/// Decree 35 Art 37 criteria on the investor.
/// </summary>
public enum IndicatorGroup
{
    /// <summary>[<c>legalBasis</c>] Legal compliance criteria (e.g. 3 years without violations).</summary>
    LegalBasis,

    /// <summary>[<c>infrastructure</c>] Basic services and infrastructure of the park.</summary>
    Infrastructure,

    /// <summary>[<c>parkManagement</c>] Park management indicators (PM.x).</summary>
    ParkManagement,

    /// <summary>[<c>environment</c>] Environmental indicators (ENV.x), including symbiosis and RECP.</summary>
    Environment,

    /// <summary>[<c>social</c>] Social indicators (SOC.x).</summary>
    Social,

    /// <summary>[<c>economic</c>] Economic indicators (ECO.x).</summary>
    Economic,
}
