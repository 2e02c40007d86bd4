using System.Collections.Immutable;
using Certification.Criteria.Indicators;
using Certification.Criteria.Loading;
using Certification.Criteria.Sets;

namespace Certification.Criteria.Catalogue;

/// <summary>
/// The published indicator sets, by set id and version. Only validated sets get in (an <see cref="IndicatorSet"/>
/// exists only after validation), and a published version is never replaced: publishing a bad file or an
/// existing id+version leaves the catalogue as it was. Thread-safe; reads never lock.
/// </summary>
public sealed class IndicatorSetCatalogue
{
    private readonly object _publishing = new();
    private ImmutableSortedDictionary<string, ImmutableSortedDictionary<int, IndicatorSet>> _sets =
        ImmutableSortedDictionary.Create<string, ImmutableSortedDictionary<int, IndicatorSet>>(StringComparer.Ordinal);

    /// <summary>A catalogue holding the embedded national sets (<see cref="NationalIndicatorSets"/>).</summary>
    public static IndicatorSetCatalogue WithNationalSets()
    {
        var catalogue = new IndicatorSetCatalogue();
        catalogue.Publish(NationalIndicatorSets.EcoIndustrialPark);
        catalogue.Publish(NationalIndicatorSets.EcoEnterprise);
        return catalogue;
    }

    /// <summary>The ids of the sets held, in ordinal order.</summary>
    public IReadOnlyList<string> SetIds => _sets.Keys.ToArray();

    /// <summary>Every published version of every set, by id then version.</summary>
    public IReadOnlyList<IndicatorSet> All => _sets.Values.SelectMany(v => v.Values).ToArray();

    /// <summary>
    /// Validates <paramref name="json"/> and publishes it. On any problem (including an id+version already published)
    /// nothing changes and the problems are returned.
    /// </summary>
    public IndicatorSetLoadResult Publish(string fileName, string json)
    {
        var loaded = IndicatorSetLoader.Load(fileName, json);
        return loaded.Set is null ? loaded : Publish(loaded.Set, fileName);
    }

    /// <summary>Publishes a validated set, unless its id+version is already published (then a VersionAlreadyPublished problem is returned).</summary>
    public IndicatorSetLoadResult Publish(IndicatorSet set) => Publish(set, set.ToString());

    /// <summary>The set with <paramref name="setId"/> and <paramref name="version"/>, or null.</summary>
    public IndicatorSet? Find(string setId, int version) =>
        _sets.TryGetValue(setId, out var versions) ? versions.GetValueOrDefault(version) : null;

    /// <summary>The highest published version of <paramref name="setId"/>, or null.</summary>
    public IndicatorSet? Latest(string setId) =>
        _sets.TryGetValue(setId, out var versions) && versions.Count > 0 ? versions.Values.Last() : null;

    /// <summary>
    /// The set version to evaluate with on <paramref name="date"/>: the highest version whose effective date is on or
    /// before <paramref name="date"/>; null when none is in force yet.
    /// </summary>
    public IndicatorSet? EffectiveOn(string setId, DateOnly date) =>
        _sets.TryGetValue(setId, out var versions) ? versions.Values.LastOrDefault(s => s.EffectiveDate <= date) : null;

    /// <summary>Every published version of <paramref name="setId"/>, lowest first; empty when unknown.</summary>
    public IReadOnlyList<IndicatorSet> Versions(string setId) =>
        _sets.TryGetValue(setId, out var versions) ? versions.Values.ToArray() : [];

    private IndicatorSetLoadResult Publish(IndicatorSet set, string fileName)
    {
        ArgumentNullException.ThrowIfNull(set);
        lock (_publishing)
        {
            var versions = _sets.GetValueOrDefault(set.SetId) ?? ImmutableSortedDictionary<int, IndicatorSet>.Empty;
            if (versions.ContainsKey(set.Version))
            {
                var problem = new ValidationProblem(fileName, "$.version", null, ValidationProblemKind.VersionAlreadyPublished,
                    $"Set '{set.SetId}' version {set.Version} is already published; published versions never change, publish a new version.");
                return IndicatorSetLoadResult.Failure(fileName, [problem]);
            }

            _sets = _sets.SetItem(set.SetId, versions.Add(set.Version, set));
        }

        return IndicatorSetLoadResult.Success(fileName, set);
    }
}
