using Certification.Workflows.Runtime;

namespace Certification.Web.Domain.Applications;

/// <summary>
/// A request to certify a park as an eco-industrial park (or an enterprise as an eco-enterprise), and the business
/// facts of its procedure: dossier, routing, decisions, certificate. The steps themselves run in the workflow instance
/// <see cref="WorkflowInstanceId"/>; every change here is saved in the same transaction as the instance's change.
/// </summary>
public sealed class CertificationApplication
{
    private readonly List<DossierDocument> _documents = [];
    private readonly List<IndicatorRoute> _routes = [];

    public Guid Id { get; private set; } = Guid.NewGuid();
    public ApplicationKind Kind { get; private set; }
    public Guid ProvinceId { get; private set; }
    public Guid ParkId { get; private set; }
    public Guid? EnterpriseId { get; private set; }
    public Guid ApplicantOrganisationId { get; private set; }
    public Guid BoardOrganisationId { get; private set; }
    public Guid? CommitteeOrganisationId { get; private set; }

    /// <summary>One of <see cref="ApplicationStatus"/>.</summary>
    public string Status { get; private set; } = ApplicationStatus.Draft;
    public Guid? WorkflowInstanceId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>The Viet Nam date the Board found the dossier complete: the 40-day evaluation clock counts from it.</summary>
    public DateOnly? DossierCompleteOn { get; private set; }
    public string? MissingItems { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? RefusalReasons { get; private set; }
    public string? CertificateNumber { get; private set; }
    public DateOnly? CertificateIssuedOn { get; private set; }

    /// <summary>The indicator set the Board's evaluation used (id and version), recorded with its decision.</summary>
    public string? CriteriaSetId { get; private set; }
    public string? CriteriaSetVersion { get; private set; }
    public bool IsDemo { get; private set; }

    /// <summary>For re-certification (Decree 35 Art 45): the certificate this application renews; null for a first certification.</summary>
    public Guid? RenewsCertificateId { get; private set; }

    public bool IsRecertification => RenewsCertificateId is not null;

    public IReadOnlyList<DossierDocument> Documents => _documents;
    public IReadOnlyList<IndicatorRoute> Routes => _routes;

    private CertificationApplication() { }

    public CertificationApplication(ApplicationKind kind, Guid provinceId, Guid parkId, Guid? enterpriseId, Guid applicantOrganisationId,
        Guid boardOrganisationId, Guid? committeeOrganisationId, DateTimeOffset createdAt, bool isDemo = false, Guid? renewsCertificateId = null)
    {
        if (kind == ApplicationKind.EcoEnterprise && enterpriseId is null)
            throw new DomainException("Application.EnterpriseRequired", "Hồ sơ doanh nghiệp sinh thái phải chọn doanh nghiệp.");
        if (kind == ApplicationKind.EcoIndustrialPark && committeeOrganisationId is null)
            throw new DomainException("Application.CommitteeRequired", "Tỉnh chưa có Ủy ban nhân dân trong hệ thống để quyết định cấp giấy chứng nhận.");
        Kind = kind;
        ProvinceId = provinceId;
        ParkId = parkId;
        EnterpriseId = enterpriseId;
        ApplicantOrganisationId = applicantOrganisationId;
        BoardOrganisationId = boardOrganisationId;
        CommitteeOrganisationId = committeeOrganisationId;
        CreatedAt = createdAt;
        IsDemo = isDemo;
        RenewsCertificateId = renewsCertificateId;
    }

    /// <summary>The dossier parts Decree 35 Art 41.1 requires before the Board can check it.</summary>
    public static readonly IReadOnlyList<DossierDocumentKind> RequiredParts =
        [DossierDocumentKind.Registration, DossierDocumentKind.OperationReport, DossierDocumentKind.SelfEvaluation];

    public IReadOnlyList<DossierDocumentKind> MissingParts => RequiredParts.Where(p => _documents.All(d => d.Kind != p)).ToList();

    /// <summary>While the applicant holds the dossier (draft, returned, or answering a supplement request).</summary>
    public bool AcceptsDocuments => Status is ApplicationStatus.Draft or ApplicationStatus.Incomplete or ApplicationStatus.UnderReview;

    public void LinkInstance(WorkflowInstance instance)
    {
        WorkflowInstanceId = instance.Id;
        Follow(instance);
    }

    public DossierDocument AttachDocument(DossierDocumentKind kind, Guid evidenceFileId, string? indicatorCode, DateTimeOffset at)
    {
        if (!AcceptsDocuments)
            throw new DomainException("Application.DossierLocked", "Hồ sơ đang được xem xét, không thể thêm tài liệu.");
        if (_documents.Any(d => d.EvidenceFileId == evidenceFileId && d.Kind == kind))
            throw new DomainException("Application.DocumentTwice", "Tài liệu này đã có trong hồ sơ.");
        var document = new DossierDocument(kind, evidenceFileId, indicatorCode, at);
        _documents.Add(document);
        return document;
    }

    public void RemoveDocument(Guid documentId)
    {
        if (Status is not (ApplicationStatus.Draft or ApplicationStatus.Incomplete))
            throw new DomainException("Application.DossierLocked", "Hồ sơ đang được xem xét, không thể thêm tài liệu.");
        _documents.RemoveAll(d => d.Id == documentId);
    }

    /// <summary>Submit or resubmit: every required part must be there.</summary>
    public void Submit(DateTimeOffset at)
    {
        if (MissingParts.Count > 0)
            throw new DomainException("Application.PartsMissing", "Hồ sơ còn thiếu: đơn đề nghị, báo cáo tình hình hoạt động và bản tự đánh giá theo tiêu chí là bắt buộc.");
        SubmittedAt = at;
        MissingItems = null;
    }

    public void FindIncomplete(string missingItems) => MissingItems = missingItems.Trim();

    public void FindComplete(DateOnly on)
    {
        DossierCompleteOn = on;
        MissingItems = null;
    }

    /// <summary>Sends each indicator to one reviewing body; a code may appear once.</summary>
    public void Route(IReadOnlyCollection<(string IndicatorCode, Guid ReviewingBodyId)> routes)
    {
        if (routes.Count == 0)
            throw new DomainException("Application.NoRoutes", "Vui lòng chuyển ít nhất một chỉ tiêu cho cơ quan thẩm định.");
        if (routes.GroupBy(r => r.IndicatorCode).Any(g => g.Count() > 1))
            throw new DomainException("Application.RouteTwice", "Mỗi chỉ tiêu chỉ được chuyển cho một cơ quan.");
        _routes.Clear();
        _routes.AddRange(routes.Select(r => new IndicatorRoute(r.IndicatorCode, r.ReviewingBodyId)));
    }

    public void RecordReview(string indicatorCode, string decision, string? comment, DateTimeOffset at) =>
        (_routes.SingleOrDefault(r => r.IndicatorCode == indicatorCode)
            ?? throw new DomainException("Application.NotRouted", "Chỉ tiêu này chưa được chuyển cho cơ quan thẩm định."))
        .Decide(decision, comment, at);

    /// <summary>The Board's evaluation (propose or refuse); the criteria set it relied on is recorded with it.</summary>
    public void RecordEvaluation(bool refused, string? reasons, string? criteriaSetId, string? criteriaSetVersion, DateTimeOffset at)
    {
        CriteriaSetId = criteriaSetId;
        CriteriaSetVersion = criteriaSetVersion;
        if (refused)
            Refuse(reasons, at);
    }

    public void Refuse(string? reasons, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(reasons))
            throw new DomainException("Application.ReasonsRequired", "Vui lòng nêu lý do từ chối.");
        RefusalReasons = reasons.Trim();
        DecidedAt = at;
    }

    public void Approve(DateTimeOffset at) => DecidedAt = at;

    public void IssueCertificate(string number, DateOnly issuedOn)
    {
        if (CertificateNumber is not null)
            throw new DomainException("Application.AlreadyCertified", "Giấy chứng nhận đã được cấp.");
        CertificateNumber = number;
        CertificateIssuedOn = issuedOn;
    }

    /// <summary>Takes the status from the instance's state; call after every runner call, before saving.</summary>
    public void Follow(WorkflowInstance instance) => Status = ApplicationStatus.Of(instance);
}
