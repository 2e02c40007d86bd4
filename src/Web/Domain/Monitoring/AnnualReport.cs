using Certification.Web.Domain.Evidence;

namespace Certification.Web.Domain.Monitoring;

/// <summary>
/// One yearly monitoring report (Decree 35 Art 43) of a park investor (A.4 + A.5) or an eco-enterprise (B.4 + B.5) for a
/// reporting year (the calendar year the data is about; it is filed the year after). Draft → Submitted → Accepted, or
/// Returned with reasons and submitted again. A correction of an accepted report is a new revision of the same year;
/// the accepted one it replaces becomes Superseded when the correction is accepted.
/// </summary>
public sealed class AnnualReport
{
    private readonly List<AnnualReportEvidence> _evidence = [];

    public Guid Id { get; private set; } = Guid.NewGuid();
    public ReportSubject Subject { get; private set; }
    public Guid ParkId { get; private set; }

    /// <summary>Set for enterprise reports; null for park reports.</summary>
    public Guid? EnterpriseId { get; private set; }

    /// <summary>The park id for a park report, the enterprise id for an enterprise report: what the year's revisions are keyed by.</summary>
    public Guid SubjectId { get; private set; }
    public int ReportingYear { get; private set; }

    /// <summary>1 for the first report of the year; each correction of an accepted report adds one.</summary>
    public int Revision { get; private set; } = 1;
    public AnnualReportStatus Status { get; private set; }
    public decimal? TotalHectares { get; private set; }
    public decimal? IndustrialHectares { get; private set; }
    public decimal? LeasedHectares { get; private set; }
    public string LegalCompliance { get; private set; } = "";
    public bool? CompliedWithLaw { get; private set; }
    public string RecpResults { get; private set; } = "";
    public string SymbiosisResults { get; private set; } = "";
    public Guid CreatedByUserId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public Guid? SubmittedByUserId { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public Guid? ReviewedByUserId { get; private set; }

    /// <summary>Why the Board returned it (the latest return); kept after a new submission for the record.</summary>
    public string? ReturnReason { get; private set; }

    /// <summary>The re-evaluation made on acceptance; null before.</summary>
    public ReportEvaluation? Evaluation { get; private set; }

    /// <summary>The park assessment snapshot recorded on acceptance (park reports only).</summary>
    public Guid? AssessmentRecordId { get; private set; }
    public bool IsDemo { get; private set; }
    public IReadOnlyList<AnnualReportEvidence> Evidence => _evidence;

    public LandUse? LandUse => TotalHectares is { } total ? new LandUse(total, IndustrialHectares ?? 0, LeasedHectares ?? 0) : null;
    public bool IsEditable => Status is AnnualReportStatus.Draft or AnnualReportStatus.Returned;

    private AnnualReport() { }

    /// <exception cref="DomainException">When the year is outside 2000–2100.</exception>
    public static AnnualReport ForPark(Guid parkId, int reportingYear, Guid by, DateTimeOffset at, bool isDemo = false) =>
        new(ReportSubject.Park, parkId, null, reportingYear, 1, by, at, isDemo);

    public static AnnualReport ForEnterprise(Guid parkId, Guid enterpriseId, int reportingYear, Guid by, DateTimeOffset at, bool isDemo = false) =>
        new(ReportSubject.Enterprise, parkId, enterpriseId, reportingYear, 1, by, at, isDemo);

    private AnnualReport(ReportSubject subject, Guid parkId, Guid? enterpriseId, int year, int revision, Guid by, DateTimeOffset at, bool isDemo)
    {
        if (year is < 2000 or > 2100)
            throw new DomainException("AnnualReport.YearOutOfRange", "Năm báo cáo phải từ 2000 đến 2100.");
        (Subject, ParkId, EnterpriseId, SubjectId, ReportingYear, Revision) = (subject, parkId, enterpriseId, enterpriseId ?? parkId, year, revision);
        (Status, CreatedByUserId, CreatedAt, IsDemo) = (AnnualReportStatus.Draft, by, at, isDemo);
    }

    /// <summary>A new draft revision of this accepted report, starting from its content, to correct the year's data.</summary>
    /// <exception cref="DomainException">When this report is not the accepted one.</exception>
    public AnnualReport Correct(Guid by, DateTimeOffset at)
    {
        if (Status != AnnualReportStatus.Accepted)
            throw new DomainException("AnnualReport.CorrectOnlyAccepted", "Chỉ có thể lập bản điều chỉnh cho báo cáo đã được chấp nhận.");
        var correction = new AnnualReport(Subject, ParkId, EnterpriseId, ReportingYear, Revision + 1, by, at, IsDemo)
        {
            TotalHectares = TotalHectares, IndustrialHectares = IndustrialHectares, LeasedHectares = LeasedHectares,
            LegalCompliance = LegalCompliance, CompliedWithLaw = CompliedWithLaw, RecpResults = RecpResults, SymbiosisResults = SymbiosisResults,
        };
        correction._evidence.AddRange(_evidence.Select(e => new AnnualReportEvidence(correction.Id, e.EvidenceFileId)));
        return correction;
    }

    /// <summary>Replaces the written content; only while a draft or returned.</summary>
    /// <exception cref="DomainException">When the report is not editable, or land use is missing on (or given for) the wrong kind, or invalid.</exception>
    public void Write(AnnualReportContent content)
    {
        EnsureEditable();
        if (Subject == ReportSubject.Park && content.LandUse is null)
            throw new DomainException("AnnualReport.LandUseRequired", "Báo cáo của khu công nghiệp phải có số liệu sử dụng đất.");
        content.LandUse?.Validate();
        var land = Subject == ReportSubject.Park ? content.LandUse : null;
        (TotalHectares, IndustrialHectares, LeasedHectares) = (land?.TotalHectares, land?.IndustrialHectares, land?.LeasedHectares);
        LegalCompliance = content.LegalCompliance.Trim();
        CompliedWithLaw = Subject == ReportSubject.Enterprise ? content.CompliedWithLaw : null;
        RecpResults = content.RecpResults.Trim();
        SymbiosisResults = content.SymbiosisResults.Trim();
    }

    /// <exception cref="DomainException">When the file is not the filer's (<paramref name="filerOrganisationId"/>) or the report is not editable.</exception>
    public void AttachEvidence(EvidenceFile file, Guid filerOrganisationId)
    {
        EnsureEditable();
        if (file.OwnerOrganisationId != filerOrganisationId)
            throw new DomainException("AnnualReport.EvidenceOfOtherOrganisation", "Tệp minh chứng phải thuộc tổ chức lập báo cáo.");
        if (_evidence.All(e => e.EvidenceFileId != file.Id))
            _evidence.Add(new AnnualReportEvidence(Id, file.Id));
    }

    /// <exception cref="DomainException">When the report is not editable or a required part is empty.</exception>
    public void Submit(Guid by, DateTimeOffset at)
    {
        EnsureEditable();
        if (Subject == ReportSubject.Park && LandUse is null)
            throw new DomainException("AnnualReport.LandUseRequired", "Báo cáo của khu công nghiệp phải có số liệu sử dụng đất.");
        if (string.IsNullOrWhiteSpace(LegalCompliance))
            throw new DomainException("AnnualReport.LegalComplianceRequired", "Cần nêu tóm tắt việc chấp hành pháp luật trong năm.");
        if (Subject == ReportSubject.Enterprise && CompliedWithLaw is null)
            throw new DomainException("AnnualReport.ComplianceDeclarationRequired", "Doanh nghiệp cần xác nhận có hay không chấp hành đầy đủ pháp luật.");
        if (string.IsNullOrWhiteSpace(RecpResults))
            throw new DomainException("AnnualReport.RecpResultsRequired", "Cần nêu kết quả áp dụng sản xuất sạch hơn, sử dụng hiệu quả tài nguyên.");
        (Status, SubmittedAt, SubmittedByUserId) = (AnnualReportStatus.Submitted, at, by);
    }

    /// <exception cref="DomainException">When the report is not submitted or the reason is empty.</exception>
    public void Return(string reason, Guid by, DateTimeOffset at)
    {
        EnsureSubmitted();
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainException("AnnualReport.ReturnReasonRequired", "Cần nêu lý do trả lại báo cáo để chủ thể sửa đổi.");
        (Status, ReturnReason, ReviewedAt, ReviewedByUserId) = (AnnualReportStatus.Returned, reason.Trim(), at, by);
    }

    /// <summary>Accepts the report with the re-evaluation made on its data.</summary>
    /// <exception cref="DomainException">When the report is not submitted.</exception>
    public void Accept(ReportEvaluation evaluation, Guid? assessmentRecordId, Guid by, DateTimeOffset at)
    {
        EnsureSubmitted();
        (Status, Evaluation, AssessmentRecordId, ReviewedAt, ReviewedByUserId) = (AnnualReportStatus.Accepted, evaluation, assessmentRecordId, at, by);
    }

    /// <summary>Marks an accepted report as replaced by an accepted correction.</summary>
    public void Supersede()
    {
        if (Status == AnnualReportStatus.Accepted)
            Status = AnnualReportStatus.Superseded;
    }

    private void EnsureEditable()
    {
        if (!IsEditable)
            throw new DomainException("AnnualReport.NotEditable", "Báo cáo đã nộp hoặc đã được chấp nhận, không thể sửa.");
    }

    private void EnsureSubmitted()
    {
        if (Status != AnnualReportStatus.Submitted)
            throw new DomainException("AnnualReport.NotSubmitted", "Báo cáo chưa được nộp hoặc đã được xem xét.");
    }
}
