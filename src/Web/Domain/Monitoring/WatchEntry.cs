namespace Certification.Web.Domain.Monitoring;

/// <summary>
/// A certified park or eco-enterprise on the watch list (Decree 35 Art 44): opened for a missed report or a failed
/// mandatory criterion; the Board sends a notice with a remedy period (working days); an accepted report that meets every
/// mandatory criterion remedies it; when the period ends unremedied the issuer (People's Committee for a park, the Board
/// for an enterprise) decides to revoke the certificate or keep it. Dates are Viet Nam calendar dates.
/// </summary>
public sealed class WatchEntry
{
    public static readonly WatchStatus[] OpenStatuses = [WatchStatus.Watching, WatchStatus.Noticed, WatchStatus.RevocationProposed];

    public Guid Id { get; private set; } = Guid.NewGuid();
    public ReportSubject Subject { get; private set; }
    public Guid ParkId { get; private set; }
    public Guid? EnterpriseId { get; private set; }
    public Guid SubjectId { get; private set; }
    public Guid ProvinceId { get; private set; }
    public Guid CertificateId { get; private set; }
    public WatchReason Reason { get; private set; }
    public int ReportingYear { get; private set; }

    /// <summary>The mandatory criteria that failed (FailedMandatoryCriterion), latest re-evaluation first; empty for a missed report.</summary>
    public List<FailedCriterion> FailedCriteria { get; private set; } = [];

    /// <summary>The accepted report whose re-evaluation failed; null for a missed report.</summary>
    public Guid? AnnualReportId { get; private set; }
    public DateOnly OpenedOn { get; private set; }
    public WatchStatus Status { get; private set; }
    public string? NoticeText { get; private set; }
    public DateOnly? NoticedOn { get; private set; }
    public int? RemedyWorkingDays { get; private set; }

    /// <summary>The last day (inclusive) a remedying report may be accepted.</summary>
    public DateOnly? RemedyDueOn { get; private set; }
    public Guid? NoticedByUserId { get; private set; }
    public DateOnly? RemediedOn { get; private set; }
    public Guid? RemedyReportId { get; private set; }
    public DateOnly? ProposedOn { get; private set; }
    public DateOnly? DecidedOn { get; private set; }
    public Guid? DecidedByUserId { get; private set; }
    public string? DecisionNote { get; private set; }
    public bool IsDemo { get; private set; }

    public bool IsOpen => OpenStatuses.Contains(Status);

    private WatchEntry() { }

    public WatchEntry(ReportSubject subject, Guid parkId, Guid? enterpriseId, Guid provinceId, Guid certificateId, WatchReason reason,
        int reportingYear, IReadOnlyList<FailedCriterion> failed, Guid? annualReportId, DateOnly openedOn, bool isDemo = false)
    {
        if (reason == WatchReason.FailedMandatoryCriterion && failed.Count == 0)
            throw new DomainException("Watch.FailedCriteriaRequired", "Cần nêu tiêu chí bắt buộc không đạt.");
        (Subject, ParkId, EnterpriseId, SubjectId, ProvinceId, CertificateId) = (subject, parkId, enterpriseId, enterpriseId ?? parkId, provinceId, certificateId);
        (Reason, ReportingYear, FailedCriteria, AnnualReportId, OpenedOn, Status, IsDemo) =
            (reason, reportingYear, failed.ToList(), annualReportId, openedOn, WatchStatus.Watching, isDemo);
    }

    /// <summary>Another accepted report still fails: the latest failures are recorded (the entry stays where it is).</summary>
    public void StillFailing(IReadOnlyList<FailedCriterion> failed, Guid reportId)
    {
        EnsureOpen();
        (FailedCriteria, AnnualReportId) = (failed.ToList(), reportId);
    }

    /// <exception cref="DomainException">When a notice was already sent, the text is empty or the period is not 1–250 working days.</exception>
    public void SendNotice(string text, int workingDays, DateOnly dueOn, Guid by, DateOnly on)
    {
        if (Status != WatchStatus.Watching)
            throw new DomainException("Watch.NoticeAlreadySent", "Thông báo yêu cầu khắc phục đã được gửi hoặc trường hợp đã kết thúc.");
        if (string.IsNullOrWhiteSpace(text))
            throw new DomainException("Watch.NoticeTextRequired", "Cần nhập nội dung thông báo.");
        if (workingDays is < 1 or > 250)
            throw new DomainException("Watch.RemedyPeriodRange", "Thời hạn khắc phục phải từ 1 đến 250 ngày làm việc.");
        (Status, NoticeText, RemedyWorkingDays, RemedyDueOn, NoticedByUserId, NoticedOn) = (WatchStatus.Noticed, text.Trim(), workingDays, dueOn, by, on);
    }

    /// <summary>An accepted report meeting every mandatory criterion closes the entry as remedied.</summary>
    public void Remedy(Guid reportId, DateOnly on)
    {
        EnsureOpen();
        (Status, RemedyReportId, RemediedOn) = (WatchStatus.Remedied, reportId, on);
    }

    /// <summary>The remedy period ended on <see cref="RemedyDueOn"/> without a remedy: the issuer must decide.</summary>
    /// <exception cref="DomainException">When no notice was sent or the remedy period has not ended before <paramref name="on"/>.</exception>
    public void ProposeRevocation(DateOnly on)
    {
        if (Status != WatchStatus.Noticed || RemedyDueOn is not { } due || on <= due)
            throw new DomainException("Watch.RemedyPeriodNotOver", "Thời hạn khắc phục chưa kết thúc.");
        (Status, ProposedOn) = (WatchStatus.RevocationProposed, on);
    }

    /// <summary>The issuer's decision: revoke (the caller revokes the certificate in the same transaction) or keep.</summary>
    /// <exception cref="DomainException">When no revocation is proposed or the reason is empty.</exception>
    public void Decide(bool revoke, string note, Guid by, DateOnly on)
    {
        if (Status != WatchStatus.RevocationProposed)
            throw new DomainException("Watch.NoDecisionDue", "Trường hợp này không chờ quyết định thu hồi.");
        if (string.IsNullOrWhiteSpace(note))
            throw new DomainException("Watch.DecisionNoteRequired", "Cần nêu lý do của quyết định.");
        (Status, DecisionNote, DecidedByUserId, DecidedOn) = (revoke ? WatchStatus.Revoked : WatchStatus.Kept, note.Trim(), by, on);
    }

    private void EnsureOpen()
    {
        if (!IsOpen)
            throw new DomainException("Watch.Closed", "Trường hợp theo dõi này đã kết thúc.");
    }
}
