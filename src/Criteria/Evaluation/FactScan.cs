using System.Numerics;
using System.Runtime.Intrinsics;

namespace Certification.Criteria.Evaluation;

/// <summary>
/// The inner loop of a ratio: over the population-membership bytes and attribute bytes of <see cref="EnterpriseFacts"/>,
/// marks the enterprises counted (in the population, attribute Yes) and those blocking the computation (filter field
/// Unknown, or in the population with attribute Unknown), and counts the population. Compares 16 enterprises per
/// instruction and builds each 64-enterprise word of bits in registers; the facts are close to random, so a
/// branching loop would mispredict often.
/// </summary>
internal static class FactScan
{
    public static (int Population, int UnknownField, int UnknownAttribute) Run(
        ReadOnlySpan<byte> members, ReadOnlySpan<byte> attribute, IndexSet counted, IndexSet unreported)
    {
        int population = 0, unknownField = 0, unknownAttribute = 0;
        var yes = Vector128.Create(EnterpriseFacts.Yes);
        var unknown = Vector128.Create(EnterpriseFacts.Unknown);
        var start = 0;
        for (; start + 64 <= attribute.Length; start += 64)
        {
            ulong countedWord = 0, unreportedWord = 0, populationWord = 0, fieldWord = 0, attributeWord = 0;
            for (var lane = 0; lane < 64; lane += 16)
            {
                var member = Vector128.Create(members.Slice(start + lane, 16));
                var fact = Vector128.Create(attribute.Slice(start + lane, 16));
                var inPopulation = Vector128.Equals(member, yes);
                var fieldMissing = Vector128.Equals(member, unknown);
                var attributeMissing = inPopulation & Vector128.Equals(fact, unknown);
                var isCounted = inPopulation & Vector128.Equals(fact, yes);
                populationWord |= (ulong)inPopulation.ExtractMostSignificantBits() << lane;
                fieldWord |= (ulong)fieldMissing.ExtractMostSignificantBits() << lane;
                attributeWord |= (ulong)attributeMissing.ExtractMostSignificantBits() << lane;
                countedWord |= (ulong)isCounted.ExtractMostSignificantBits() << lane;
                unreportedWord |= (ulong)(fieldMissing | attributeMissing).ExtractMostSignificantBits() << lane;
            }

            population += BitOperations.PopCount(populationWord);
            unknownField += BitOperations.PopCount(fieldWord);
            unknownAttribute += BitOperations.PopCount(attributeWord);
            counted.SetWord(start >> 6, countedWord);
            unreported.SetWord(start >> 6, unreportedWord);
        }

        // The last, partial word one enterprise at a time.
        ulong tailCounted = 0, tailUnreported = 0;
        for (var i = start; i < attribute.Length; i++)
        {
            var inPopulation = members[i] == EnterpriseFacts.Yes;
            var fieldMissing = members[i] == EnterpriseFacts.Unknown;
            var attributeMissing = inPopulation && attribute[i] == EnterpriseFacts.Unknown;
            population += inPopulation ? 1 : 0;
            unknownField += fieldMissing ? 1 : 0;
            unknownAttribute += attributeMissing ? 1 : 0;
            tailCounted |= (inPopulation && attribute[i] == EnterpriseFacts.Yes ? 1UL : 0UL) << (i - start);
            tailUnreported |= (fieldMissing || attributeMissing ? 1UL : 0UL) << (i - start);
        }

        if (start < attribute.Length)
        {
            counted.SetWord(start >> 6, tailCounted);
            unreported.SetWord(start >> 6, tailUnreported);
        }

        return (population, unknownField, unknownAttribute);
    }
}
