using System.Buffers;
using Certification.Criteria.Indicators;
using Certification.Criteria.Inputs;

namespace Certification.Criteria.Evaluation;

/// <summary>
/// The enterprise facts a set's ratio indicators read, pulled out of the park's enterprise records in one pass into
/// dense byte arrays rented from the shared pool: per enterprise, one byte per attribute and one byte per population
/// filter of the set (in, out, or unknown), plus a snapshot of the ids that results keep (see <see cref="IdSelection"/>).
/// Each ratio then scans bytes instead of records, so adding a ratio to a set costs a few microseconds, not another
/// walk over the records. Dispose returns the rented array.
/// </summary>
internal sealed class EnterpriseFacts : IDisposable
{
    public const byte No = 0;
    public const byte Yes = 1;
    public const byte Unknown = 2;

    private static readonly int AttributeCount = Enum.GetValues<EnterpriseAttribute>().Length;

    private readonly IReadOnlyList<PopulationFilter> _filters;
    private byte[]? _bytes;

    private EnterpriseFacts(int count, IReadOnlyList<PopulationFilter> filters)
    {
        Count = count;
        _filters = filters;
        _bytes = ArrayPool<byte>.Shared.Rent(Math.Max((AttributeCount + filters.Count + 1) * count, 1));
        _bytes.AsSpan((AttributeCount + filters.Count) * count, count).Fill(Yes);
        Ids = new string[count];
    }

    public int Count { get; }

    /// <summary>The evaluation's snapshot of the enterprise ids, in input order; results select from it, so it is never pooled.</summary>
    public string[] Ids { get; }

    /// <summary>Yes, No or Unknown per enterprise, in input order; only attributes the set needs were extracted.</summary>
    public ReadOnlySpan<byte> Of(EnterpriseAttribute attribute) => Slice((int)attribute);

    /// <summary>Per enterprise: Yes, for a ratio without population filter.</summary>
    public ReadOnlySpan<byte> Everyone => Slice(AttributeCount + _filters.Count);

    /// <summary>Per enterprise: Yes when <paramref name="filter"/> admits it, No when not, Unknown when its field is not reported.</summary>
    /// <exception cref="ArgumentException">When the filter was not among those extracted.</exception>
    public ReadOnlySpan<byte> MembersOf(PopulationFilter filter)
    {
        for (var slot = 0; slot < _filters.Count; slot++)
        {
            if (_filters[slot] == filter)
            {
                return Slice(AttributeCount + slot);
            }
        }

        throw new ArgumentException("The population filter was not extracted.", nameof(filter));
    }

    /// <summary>Extracts, in one pass, the <paramref name="attributes"/> (indexed by attribute) and the membership of every filter.</summary>
    public static EnterpriseFacts Extract(ReadOnlySpan<EnterpriseRecord> enterprises, bool[] attributes, IReadOnlyList<PopulationFilter> filters)
    {
        var n = enterprises.Length;
        var facts = new EnterpriseFacts(n, filters);
        var bytes = facts._bytes.AsSpan();
        var ids = facts.Ids;

        // The plain facts are copied unconditionally (branch-free); the derived ones only when a ratio needs them.
        var recpWithSavings = attributes[(int)EnterpriseAttribute.AppliesRecpWithSavings];
        var iso = attributes[(int)EnterpriseAttribute.HoldsIsoSystem] || attributes[(int)EnterpriseAttribute.HoldsIso14001] || attributes[(int)EnterpriseAttribute.HoldsIso50001];
        for (var i = 0; i < n; i++)
        {
            var enterprise = enterprises[i];
            ids[i] = enterprise.Id;
            bytes[((int)EnterpriseAttribute.AppliesRecp * n) + i] = Encode(enterprise.AppliesRecp);
            bytes[((int)EnterpriseAttribute.HasGrievanceProcedure * n) + i] = Encode(enterprise.HasGrievanceProcedure);
            bytes[((int)EnterpriseAttribute.DisclosesInformation * n) + i] = Encode(enterprise.DisclosesInformation);
            bytes[((int)EnterpriseAttribute.AppliesGenderEquality * n) + i] = Encode(enterprise.AppliesGenderEquality);
            bytes[((int)EnterpriseAttribute.HasAntiHarassmentRules * n) + i] = Encode(enterprise.HasAntiHarassmentRules);
            if (recpWithSavings)
            {
                bytes[((int)EnterpriseAttribute.AppliesRecpWithSavings * n) + i] = Encode(enterprise.AppliesRecpWithMeasuredSavings);
            }

            if (iso)
            {
                bytes[((int)EnterpriseAttribute.HoldsIsoSystem * n) + i] = Encode(EnterpriseReaders.Read(enterprise, EnterpriseAttribute.HoldsIsoSystem));
                bytes[((int)EnterpriseAttribute.HoldsIso14001 * n) + i] = Encode(EnterpriseReaders.Read(enterprise, EnterpriseAttribute.HoldsIso14001));
                bytes[((int)EnterpriseAttribute.HoldsIso50001 * n) + i] = Encode(EnterpriseReaders.Read(enterprise, EnterpriseAttribute.HoldsIso50001));
            }

            for (var slot = 0; slot < filters.Count; slot++)
            {
                var filter = filters[slot];
                bytes[((AttributeCount + slot) * n) + i] = EnterpriseReaders.Read(enterprise, filter.Field) is { } value
                    ? (filter.Admits(value) ? Yes : No)
                    : Unknown;
            }
        }

        return facts;
    }

    public void Dispose()
    {
        if (_bytes is not null)
        {
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = null;
        }
    }

    private ReadOnlySpan<byte> Slice(int row) => _bytes.AsSpan(row * Count, Count);

    // HasValue is almost always true (predictable); the value itself is turned into 0/1 without a branch.
    private static byte Encode(bool? fact) => fact.HasValue ? (fact.GetValueOrDefault() ? Yes : No) : Unknown;
}
