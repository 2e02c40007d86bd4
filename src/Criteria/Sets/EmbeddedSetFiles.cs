using System.Reflection;

namespace Certification.Criteria.Sets;

/// <summary>Reads the JSON files of <c>Sets/</c> embedded in the assembly (see Criteria.csproj).</summary>
internal static class EmbeddedSetFiles
{
    public static Stream Open(string fileName) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream($"Certification.Criteria.Sets.{fileName}")
        ?? throw new InvalidOperationException($"Embedded file '{fileName}' is missing from Certification.Criteria.");

    public static string ReadText(string fileName)
    {
        using var reader = new StreamReader(Open(fileName));
        return reader.ReadToEnd();
    }
}
