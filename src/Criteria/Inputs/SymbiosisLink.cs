namespace Certification.Criteria.Inputs;

/// <summary>
/// One industrial symbiosis from the park's symbiosis registry: an enterprise of the park and a partner
/// exchanging or sharing something over a period. The period is half-open: the link operates from
/// <see cref="StartDate"/> inclusive up to <see cref="EndDate"/> exclusive (the end date is the first day it no
/// longer operates); a null end date means it still operates.
/// </summary>
public sealed record SymbiosisLink
{
    /// <summary>The link's id, as the caller stores it; results list counted links by this id.</summary>
    public required string Id { get; init; }

    /// <summary>The id of the enterprise of the park that takes part.</summary>
    public required string EnterpriseId { get; init; }

    /// <summary>The partner's enterprise id when the partner is an enterprise of the same park; otherwise null.</summary>
    public string? PartnerEnterpriseId { get; init; }

    /// <summary>The partner's name for display (e.g. a town's water utility, the park developer); optional.</summary>
    public string? PartnerName { get; init; }

    /// <summary>The symbiosis type (Circular 05/2025 Art 2.1).</summary>
    public required SymbiosisType Type { get; init; }

    /// <summary>Where the partner is.</summary>
    public required PartnerLocation PartnerLocation { get; init; }

    /// <summary>The first day the link operates (inclusive).</summary>
    public required DateOnly StartDate { get; init; }

    /// <summary>The first day the link no longer operates (exclusive); null while it operates.</summary>
    public DateOnly? EndDate { get; init; }

    /// <summary>Ids of the evidence items (contracts, invoices, measurements) for the link.</summary>
    public IReadOnlyList<string> EvidenceIds { get; init; } = [];

    /// <summary>Whether the link operates on <paramref name="date"/>: start ≤ date &lt; end. An end before the start never operates.</summary>
    public bool IsOperatingOn(DateOnly date) => StartDate <= date && (EndDate is not { } end || date < end);

    /// <summary>Whether <paramref name="enterpriseId"/> takes part in the link, as the park enterprise or as the partner.</summary>
    public bool Involves(string enterpriseId) =>
        string.Equals(EnterpriseId, enterpriseId, StringComparison.Ordinal)
        || string.Equals(PartnerEnterpriseId, enterpriseId, StringComparison.Ordinal);
}
