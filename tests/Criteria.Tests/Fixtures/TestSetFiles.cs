using System.Reflection;
using Certification.Criteria.Indicators;
using Certification.Criteria.Loading;

namespace Certification.Criteria.Tests.Fixtures;

/// <summary>Loads sets for tests: from JSON text or from the embedded test resources in Sets/.</summary>
internal static class TestSetFiles
{
    public static string ReadText(string fileName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Certification.Criteria.Tests.Sets.{fileName}")
            ?? throw new InvalidOperationException($"Test resource {fileName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Loads a set that must be valid; fails the test with every problem otherwise.</summary>
    public static IndicatorSet LoadValid(string json, string fileName = "test.json")
    {
        var result = IndicatorSetLoader.Load(fileName, json);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        return result.Set!;
    }
}
