namespace Certification.Web.Domain.Assessment;

/// <summary>
/// A saved snapshot of a park's evaluation: which set version was used, on which date, by whom, the totals and the
/// whole result tree as JSON. Never changed after it is written; decisions refer to it.
/// </summary>
public sealed class ParkAssessmentRecord
{
    public Guid Id { get; private set; } = Guid.NewGuid();
    public Guid ParkId { get; private set; }
    public string SetId { get; private set; } = "";
    public int SetVersion { get; private set; }

    /// <summary>The evaluation date (the day symbiosis links had to be operating on).</summary>
    public DateOnly EvaluatedOn { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public Guid? RecordedByUserId { get; private set; }

    /// <summary>Met ÷ applicable × 100, null when nothing applies.</summary>
    public decimal? CompliancePercent { get; private set; }
    public bool AllMandatoryMet { get; private set; }
    public int MetCount { get; private set; }
    public int ApplicableCount { get; private set; }

    /// <summary>The result tree (indicator outcomes, values, sentences, gaps) as JSON, in the language it was evaluated in.</summary>
    public string ResultJson { get; private set; } = "";

    private ParkAssessmentRecord() { }

    public ParkAssessmentRecord(Guid parkId, string setId, int setVersion, DateOnly evaluatedOn, DateTimeOffset recordedAt,
        Guid? recordedBy, decimal? compliancePercent, bool allMandatoryMet, int metCount, int applicableCount, string resultJson)
    {
        ParkId = parkId;
        SetId = setId;
        SetVersion = setVersion;
        EvaluatedOn = evaluatedOn;
        RecordedAt = recordedAt;
        RecordedByUserId = recordedBy;
        CompliancePercent = compliancePercent is { } p ? Math.Round(p, 2) : null;
        AllMandatoryMet = allMandatoryMet;
        MetCount = metCount;
        ApplicableCount = applicableCount;
        ResultJson = resultJson;
    }
}
