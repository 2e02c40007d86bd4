using System.Collections.Concurrent;
using Certification.Criteria.Indicators;
using Certification.Criteria.Loading;
using Certification.Web.Domain.Assessment;

namespace Certification.Web.Infrastructure.Assessment;

/// <summary>
/// Parsed published set versions by (set id, version), kept for the life of the process: a published version never
/// changes, so parsing it once is enough. Drafts are not cached (a draft may be replaced by a new upload).
/// </summary>
public sealed class ParsedIndicatorSets
{
    private readonly ConcurrentDictionary<(string SetId, int Version), IndicatorSet> _published = new();

    /// <summary>The parsed set of a stored version.</summary>
    /// <exception cref="InvalidOperationException">When the stored JSON no longer loads (it was validated on upload, so this is
    /// a defect such as a row edited by hand).</exception>
    public IndicatorSet Get(IndicatorSetVersion version) => version.Status == IndicatorSetStatus.Published
        ? _published.GetOrAdd((version.SetId, version.Version), _ => Parse(version))
        : Parse(version);

    private static IndicatorSet Parse(IndicatorSetVersion version)
    {
        var result = IndicatorSetLoader.Load($"{version.SetId}-v{version.Version}.json", version.Json);
        return result.Set ?? throw new InvalidOperationException(
            $"Stored set {version.SetId} v{version.Version} does not load:{Environment.NewLine}{string.Join(Environment.NewLine, result.Problems)}");
    }
}
