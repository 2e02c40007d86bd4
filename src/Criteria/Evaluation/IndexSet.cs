using System.Numerics;

namespace Certification.Criteria.Evaluation;

/// <summary>
/// A set of indexes 0…capacity-1 kept as bits (640 bytes for 5,000 enterprises), filled in one pass by a rule and then
/// either handed to an <see cref="IdSelection"/> or walked in index order.
/// </summary>
internal sealed class IndexSet
{
    private readonly ulong[] _bits;

    public IndexSet(int capacity)
    {
        _bits = new ulong[(capacity + 63) >> 6];
    }

    public int Count { get; private set; }

    public void Add(int index)
    {
        _bits[index >> 6] |= 1UL << (index & 63);
        Count++;
    }

    /// <summary>Sets a whole 64-index word at once (indexes word×64 … word×64+63), for scans that build the bits in a register.</summary>
    public void SetWord(int word, ulong bits)
    {
        _bits[word] = bits;
        Count += BitOperations.PopCount(bits);
    }

    /// <summary>The ids at the selected indexes of <paramref name="ids"/>, which must not change afterwards.</summary>
    public IReadOnlyList<string> SelectFrom(string[] ids) => Count == 0 ? [] : new IdSelection(ids, _bits, Count);

    public Enumerator GetEnumerator() => new(_bits);

    /// <summary>Walks the set bits in ascending index order.</summary>
    internal struct Enumerator(ulong[] bits)
    {
        private int _word = -1;
        private ulong _remaining;

        public int Current { get; private set; }

        public bool MoveNext()
        {
            while (_remaining == 0)
            {
                if (++_word >= bits.Length)
                {
                    return false;
                }

                _remaining = bits[_word];
            }

            Current = (_word << 6) + BitOperations.TrailingZeroCount(_remaining);
            _remaining &= _remaining - 1;
            return true;
        }
    }
}
