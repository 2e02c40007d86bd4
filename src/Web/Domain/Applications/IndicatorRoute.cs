namespace Certification.Web.Domain.Applications;

/// <summary>One indicator of an EIP dossier sent to the reviewing body that comments on it (Decree 35 Art 41.2).</summary>
public sealed class IndicatorRoute
{
    public Guid Id { get; private set; } = Guid.NewGuid();
    public string IndicatorCode { get; private set; } = "";
    public Guid ReviewingBodyId { get; private set; }

    /// <summary>The body's decision: null while open, else "approve" or "reject" (workflow outcomes).</summary>
    public string? Decision { get; private set; }
    public string? Comment { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }

    private IndicatorRoute() { }

    internal IndicatorRoute(string indicatorCode, Guid reviewingBodyId)
    {
        IndicatorCode = indicatorCode;
        ReviewingBodyId = reviewingBodyId;
    }

    internal void Decide(string decision, string? comment, DateTimeOffset at)
    {
        Decision = decision;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        DecidedAt = at;
    }
}
