using System.Buffers;
using Certification.Criteria.Indicators;
using Certification.Criteria.Inputs;

namespace Certification.Criteria.Evaluation;

/// <summary>
/// The enterprise facts a set's ratio indicators read, pulled out of the park's enterprise records in one pass into
/// dense arrays (one byte per enterprise per attribute, the workforce) rented from the shared pool, plus a snapshot of
/// the ids that results keep (see <see cref="IdSelection"/>). Each ratio then scans bytes instead of records, so adding
/// a ratio to a set costs a few microseconds, not another walk over the records. Dispose returns the rented arrays.
/// </summary>
internal sealed class EnterpriseFacts : IDisposable
{
    public const byte No = 0;
    public const byte Yes = 1;
    public const byte Unknown = 2;

    /// <summary>The workforce value standing for "not reported".</summary>
    public const long UnknownWorkforce = long.MinValue;

    private static readonly int AttributeCount = Enum.GetValues<EnterpriseAttribute>().Length;

    private byte[]? _facts;
    private long[]? _workforce;

    private EnterpriseFacts(int count)
    {
        Count = count;
        _facts = ArrayPool<byte>.Shared.Rent(Math.Max(AttributeCount * count, 1));
        _workforce = ArrayPool<long>.Shared.Rent(Math.Max(count, 1));
        Ids = new string[count];
    }

    public int Count { get; }

    /// <summary>Yes, No or Unknown per enterprise, in input order; only attributes in the set's needs were extracted.</summary>
    public ReadOnlySpan<byte> Of(EnterpriseAttribute attribute) => _facts.AsSpan((int)attribute * Count, Count);

    /// <summary>Workforce per enterprise, <see cref="UnknownWorkforce"/> when not reported.</summary>
    public ReadOnlySpan<long> Workforce => _workforce.AsSpan(0, Count);

    /// <summary>The evaluation's snapshot of the enterprise ids, in input order; results select from it, so it is never pooled.</summary>
    public string[] Ids { get; }

    /// <summary>Extracts the facts for <paramref name="needed"/> attributes (indexed by attribute) in one pass.</summary>
    public static EnterpriseFacts Extract(ReadOnlySpan<EnterpriseRecord> enterprises, bool[] needed)
    {
        var facts = new EnterpriseFacts(enterprises.Length);
        var n = enterprises.Length;
        var bytes = facts._facts.AsSpan(0, AttributeCount * n);
        var workforce = facts._workforce.AsSpan(0, n);
        var ids = facts.Ids;

        // The cheap facts are copied unconditionally (branch-free); the derived ones only when a ratio needs them.
        var recpWithSavings = needed[(int)EnterpriseAttribute.AppliesRecpWithSavings];
        var iso = needed[(int)EnterpriseAttribute.HoldsIsoSystem] || needed[(int)EnterpriseAttribute.HoldsIso14001] || needed[(int)EnterpriseAttribute.HoldsIso50001];
        for (var i = 0; i < n; i++)
        {
            var enterprise = enterprises[i];
            ids[i] = enterprise.Id;
            workforce[i] = enterprise.Workforce ?? UnknownWorkforce;
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
        }

        return facts;
    }

    public void Dispose()
    {
        if (_facts is not null)
        {
            ArrayPool<byte>.Shared.Return(_facts);
            ArrayPool<long>.Shared.Return(_workforce!);
            _facts = null;
            _workforce = null;
        }
    }

    private static byte Encode(bool? fact) => fact is { } known ? (known ? Yes : No) : Unknown;
}
