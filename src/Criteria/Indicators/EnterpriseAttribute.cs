namespace Certification.Criteria.Indicators;

/// <summary>
/// The fixed vocabulary of enterprise facts a <see cref="IndicatorKind.Ratio"/> indicator counts
/// (its numerator) or an <see cref="IndicatorKind.Attribute"/> indicator checks. Each is read from an
/// <see cref="Inputs.EnterpriseRecord"/>; an unreported fact is unknown, never false.
/// If you add a value here, also add it to <c>Sets/indicator-set.schema.json</c>, <see cref="IndicatorVocabulary"/>
/// and the attribute wording.
/// </summary>
public enum EnterpriseAttribute
{
    /// <summary>[<c>appliesRecp</c>] Applies RECP (resource efficiency and cleaner production), savings or not.</summary>
    AppliesRecp,

    /// <summary>[<c>appliesRecpWithSavings</c>] Applies RECP and reported at least one saving greater than zero.</summary>
    AppliesRecpWithSavings,

    /// <summary>[<c>holdsIsoSystem</c>] Runs at least one ISO management system.</summary>
    HoldsIsoSystem,

    /// <summary>[<c>holdsIso14001</c>] Runs an ISO 14001 environmental management system.</summary>
    HoldsIso14001,

    /// <summary>[<c>holdsIso50001</c>] Runs an ISO 50001 energy management system.</summary>
    HoldsIso50001,

    /// <summary>[<c>hasGrievanceProcedure</c>] Has a procedure for workers' grievances.</summary>
    HasGrievanceProcedure,

    /// <summary>[<c>disclosesInformation</c>] Discloses information publicly.</summary>
    DisclosesInformation,

    /// <summary>[<c>appliesGenderEquality</c>] Applies gender equality in social security, OSH and RECP training.</summary>
    AppliesGenderEquality,

    /// <summary>[<c>hasAntiHarassmentRules</c>] Has rules against harassment and discrimination.</summary>
    HasAntiHarassmentRules,
}
