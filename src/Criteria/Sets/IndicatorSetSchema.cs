namespace Certification.Criteria.Sets;

/// <summary>
/// The published JSON Schema (draft 2020-12) of the indicator-set format. The loader is the authority and checks more
/// (duplicate codes, for one); the schema lets editors and other tools check files before upload.
/// </summary>
public static class IndicatorSetSchema
{
    /// <summary>The schema's file name, as referenced by <c>"$schema"</c> in the shipped sets.</summary>
    public const string FileName = "indicator-set.schema.json";

    /// <summary>The schema text.</summary>
    public static string Json => EmbeddedSetFiles.ReadText(FileName);
}
