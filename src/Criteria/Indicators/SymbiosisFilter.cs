using Certification.Criteria.Inputs;

namespace Certification.Criteria.Indicators;

/// <summary>
/// Restricts which symbiosis links a <see cref="IndicatorKind.Count"/> indicator counts. An empty list
/// means "any": a filter with both lists empty counts every operating link.
/// </summary>
public sealed class SymbiosisFilter
{
    /// <summary>Creates a filter; pass empty lists for "any".</summary>
    public SymbiosisFilter(IReadOnlyList<PartnerLocation> partnerLocations, IReadOnlyList<SymbiosisType> types)
    {
        PartnerLocations = partnerLocations;
        Types = types;
    }

    /// <summary>A filter that counts every link.</summary>
    public static SymbiosisFilter Any { get; } = new([], []);

    /// <summary>Partner locations counted; empty means every location.</summary>
    public IReadOnlyList<PartnerLocation> PartnerLocations { get; }

    /// <summary>Symbiosis types (Circular 05/2025 Art 2.1 a–e) counted; empty means every type.</summary>
    public IReadOnlyList<SymbiosisType> Types { get; }

    /// <summary>Whether the filter lets every link through.</summary>
    public bool IsAny => PartnerLocations.Count == 0 && Types.Count == 0;

    /// <summary>Whether <paramref name="link"/> passes the location and type filters (dates are not checked here).</summary>
    public bool Admits(SymbiosisLink link) =>
        (PartnerLocations.Count == 0 || PartnerLocations.Contains(link.PartnerLocation))
        && (Types.Count == 0 || Types.Contains(link.Type));
}
