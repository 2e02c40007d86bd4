using Certification.Criteria.Evaluation;

namespace Certification.Criteria.Tests.Evaluation;

public class FactScanTests
{
    [Fact]
    public void Run_RandomFactsOfEveryLength_AgreesWithAPlainLoop()
    {
        var random = new Random(35);
        for (var length = 0; length <= 300; length++)
        {
            var members = RandomFacts(random, length);
            var attribute = RandomFacts(random, length);
            var counted = new IndexSet(length);
            var unreported = new IndexSet(length);

            var (population, unknownField, unknownAttribute) = FactScan.Run(members, attribute, counted, unreported);

            var inPopulation = Enumerable.Range(0, length).Where(i => members[i] == EnterpriseFacts.Yes).ToList();
            var fieldMissing = Enumerable.Range(0, length).Where(i => members[i] == EnterpriseFacts.Unknown).ToList();
            var attributeMissing = inPopulation.Where(i => attribute[i] == EnterpriseFacts.Unknown).ToList();
            Assert.Equal((inPopulation.Count, fieldMissing.Count, attributeMissing.Count), (population, unknownField, unknownAttribute));
            Assert.Equal(inPopulation.Where(i => attribute[i] == EnterpriseFacts.Yes), Indexes(counted));
            Assert.Equal(fieldMissing.Concat(attributeMissing).Order(), Indexes(unreported));
        }
    }

    [Fact]
    public void SelectFrom_IndexerAndEnumeration_GiveTheSameIdsInOrder()
    {
        var random = new Random(2022);
        var ids = Enumerable.Range(0, 1_000).Select(i => $"E{i}").ToArray();
        var set = new IndexSet(ids.Length);
        var expected = new List<string>();
        for (var i = 0; i < ids.Length; i++)
        {
            // Long empty stretches check the word search of the indexer.
            if ((i < 300 || i > 700) && random.Next(3) == 0)
            {
                set.Add(i);
                expected.Add(ids[i]);
            }
        }

        var selection = set.SelectFrom(ids);

        Assert.Equal(expected, selection);
        Assert.Equal(expected, Enumerable.Range(0, selection.Count).Select(i => selection[i]));
        Assert.Throws<ArgumentOutOfRangeException>(() => selection[selection.Count]);
    }

    private static byte[] RandomFacts(Random random, int length) =>
        Enumerable.Range(0, length).Select(_ => (byte)random.Next(3)).ToArray();

    private static List<int> Indexes(IndexSet set)
    {
        var indexes = new List<int>();
        foreach (var index in set)
        {
            indexes.Add(index);
        }

        return indexes;
    }
}
