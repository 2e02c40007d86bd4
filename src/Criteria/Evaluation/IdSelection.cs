using System.Collections;
using System.Numerics;

namespace Certification.Criteria.Evaluation;

/// <summary>
/// A read-only list of the ids picked out of an id snapshot by a bit set: what a ratio indicator counted, without
/// copying thousands of id references per indicator. The snapshot is the evaluation's own copy of the enterprise ids,
/// so a caller changing its input afterwards does not change the result. Items are in input order.
/// </summary>
internal sealed class IdSelection : IReadOnlyList<string>
{
    private readonly string[] _ids;
    private readonly ulong[] _bits;
    private readonly int[] _countBeforeWord;

    public IdSelection(string[] ids, ulong[] bits, int count)
    {
        _ids = ids;
        _bits = bits;
        Count = count;
        _countBeforeWord = new int[bits.Length + 1];
        for (var word = 0; word < bits.Length; word++)
        {
            _countBeforeWord[word + 1] = _countBeforeWord[word] + BitOperations.PopCount(bits[word]);
        }
    }

    public int Count { get; }

    public string this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);

            // The last word with fewer set bits before it than index + 1 holds the index-th set bit.
            int low = 0, high = _bits.Length - 1;
            while (low < high)
            {
                var middle = (low + high + 1) >> 1;
                if (_countBeforeWord[middle] <= index)
                {
                    low = middle;
                }
                else
                {
                    high = middle - 1;
                }
            }

            var word = low;
            var bits = _bits[word];
            for (var skip = index - _countBeforeWord[word]; skip > 0; skip--)
            {
                bits &= bits - 1;
            }

            return _ids[(word << 6) + BitOperations.TrailingZeroCount(bits)];
        }
    }

    public IEnumerator<string> GetEnumerator()
    {
        for (var word = 0; word < _bits.Length; word++)
        {
            var bits = _bits[word];
            while (bits != 0)
            {
                yield return _ids[(word << 6) + BitOperations.TrailingZeroCount(bits)];
                bits &= bits - 1;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
