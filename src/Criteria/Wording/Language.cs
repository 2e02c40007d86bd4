namespace Certification.Criteria.Wording;

/// <summary>The language evaluation sentences are written in. Vietnamese writes decimals with a comma (21,6 %), English with a point (21.6 %).</summary>
public enum Language
{
    /// <summary>Vietnamese (code <c>vi</c>), the legal language and the UI default.</summary>
    Vietnamese,

    /// <summary>English (code <c>en</c>).</summary>
    English,
}
