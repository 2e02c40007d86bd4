using Certification.Web.Domain.Applications;
using Certification.Workflows.Activities;
using Certification.Workflows.Processes;
using Microsoft.Extensions.Localization;
using Ids = Certification.Workflows.Processes.EcoIndustrialParkProcess.ActivityIds;
using EnterpriseIds = Certification.Workflows.Processes.EcoEnterpriseProcess.ActivityIds;

namespace Certification.Web.Pages.Applications;

/// <summary>
/// The Vietnamese names of steps, statuses, outcomes and dossier parts; views pass them through the shared localiser.
/// If a process gains an activity or outcome, add its name here and its English in SharedResource.en.resx.
/// </summary>
public static class ProcessLabels
{
    public static string Step(string activityId) => activityId switch
    {
        Ids.Draft => "Chuẩn bị và nộp hồ sơ",
        Ids.CompletenessCheck => "Kiểm tra tính đầy đủ của hồ sơ",
        Ids.Resubmit => "Bổ sung và nộp lại hồ sơ",
        Ids.Route => "Chuyển chỉ tiêu cho cơ quan thẩm định",
        Ids.Reviews => "Lấy ý kiến các cơ quan",
        Ids.Review => "Thẩm định chỉ tiêu",
        Ids.Supplement => "Cung cấp tài liệu bổ sung",
        Ids.ReviewsDone => "Đã đủ ý kiến thẩm định",
        Ids.Evaluation => "Đánh giá và báo cáo",
        Ids.CommitteeDecision => "Quyết định của UBND tỉnh",
        Ids.IssueCertificate => "Cấp giấy chứng nhận",
        Ids.Certified => "Đã cấp giấy chứng nhận",
        Ids.RefusedByBoard => "Ban Quản lý từ chối",
        Ids.RefusedByCommittee => "UBND tỉnh từ chối",
        EnterpriseIds.Forward => "Chuyển hồ sơ cho các sở",
        EnterpriseIds.Consultations => "Lấy ý kiến các sở",
        EnterpriseIds.Comment => "Ý kiến của sở",
        EnterpriseIds.CommentsDone => "Đã đủ ý kiến các sở",
        _ => activityId,
    };

    public static string Status(string status) => status switch
    {
        ApplicationStatus.Draft => "Đang soạn hồ sơ",
        ApplicationStatus.Submitted => "Đã nộp, chờ kiểm tra",
        ApplicationStatus.Incomplete => "Hồ sơ chưa đầy đủ, chờ bổ sung",
        ApplicationStatus.Routing => "Chờ chuyển cơ quan thẩm định",
        ApplicationStatus.UnderReview => "Đang thẩm định",
        ApplicationStatus.Evaluation => "Ban Quản lý đang đánh giá",
        ApplicationStatus.Proposed => "Đã trình UBND tỉnh",
        ApplicationStatus.CertificatePending => "Đã phê duyệt, chờ cấp số giấy chứng nhận",
        ApplicationStatus.Certified => "Đã cấp giấy chứng nhận",
        ApplicationStatus.RefusedByBoard => "Ban Quản lý từ chối",
        ApplicationStatus.RefusedByCommittee => "UBND tỉnh từ chối",
        ApplicationStatus.Withdrawn => "Đã rút hồ sơ",
        _ => status,
    };

    public static string Outcome(string? outcome) => outcome switch
    {
        ProcessOutcomes.Submit => "Nộp hồ sơ",
        ProcessOutcomes.Complete => "Hồ sơ đầy đủ",
        ProcessOutcomes.Incomplete => "Trả lại: hồ sơ chưa đầy đủ",
        ProcessOutcomes.Resubmit => "Nộp lại",
        ProcessOutcomes.Routed => "Đã chuyển",
        ProcessOutcomes.Approve => "Đồng ý",
        ProcessOutcomes.Reject => "Không đồng ý",
        ProcessOutcomes.RequestSupplement => "Yêu cầu bổ sung",
        ProcessOutcomes.Supplied => "Đã bổ sung",
        ProcessOutcomes.Propose => "Trình UBND tỉnh cấp giấy chứng nhận",
        ProcessOutcomes.Refuse => "Từ chối",
        null => "",
        _ => outcome,
    };

    public static string Role(string? roleCode) => roleCode switch
    {
        ProcessRoles.Applicant => "Chủ đầu tư / doanh nghiệp nộp hồ sơ",
        ProcessRoles.BoardOfficer => "Ban Quản lý các KCN",
        ProcessRoles.Reviewer => "Cơ quan thẩm định",
        ProcessRoles.CommitteeLeader => "UBND tỉnh",
        _ => roleCode ?? "",
    };

    /// <summary>
    /// The second line of a diagram box, in the reader's language: who acts and in how many working days, or what the
    /// automatic step does.
    /// </summary>
    public static string Detail(Activity activity, IStringLocalizer l) => activity switch
    {
        // The days first: the box has room for about 31 characters, and the role is also in the step's name.
        HumanTask { Due: { } due } task => l["{0} ngày làm việc · {1}", due.WorkingDays, l[Role(task.Assignee.RoleCode)]],
        HumanTask task => l[Role(task.Assignee.RoleCode)],
        Fork => l["Các nhánh song song"],
        FanOut => l["Song song, mỗi mục một nhánh"],
        Join { Quorum: { } quorum } => l["Chờ đủ {0} nhánh", quorum],
        Join => l["Chờ tất cả các nhánh"],
        TimerEvent { WorkingDays: { } days } => l["Sau {0} ngày làm việc", days],
        TimerEvent => l["Vào thời điểm đã hẹn"],
        Decision => l["Rẽ nhánh theo dữ liệu hồ sơ"],
        AutomaticAction => l["Hệ thống tự thực hiện"],
        _ => l["Kết thúc quy trình"],
    };

    public static string Part(string kind) => kind switch
    {
        nameof(DossierDocumentKind.Registration) => "Đơn đề nghị chứng nhận",
        nameof(DossierDocumentKind.OperationReport) => "Báo cáo tình hình hoạt động",
        nameof(DossierDocumentKind.SelfEvaluation) => "Bản tự đánh giá theo tiêu chí",
        nameof(DossierDocumentKind.Other) => "Tài liệu khác",
        nameof(DossierDocumentKind.Supplement) => "Tài liệu bổ sung",
        _ => kind,
    };

    public static string Criterion(Certification.Criteria.Evaluation.IndicatorOutcome outcome) => outcome switch
    {
        Certification.Criteria.Evaluation.IndicatorOutcome.Met => "Đạt",
        Certification.Criteria.Evaluation.IndicatorOutcome.NotMet => "Không đạt",
        Certification.Criteria.Evaluation.IndicatorOutcome.NotReported => "Chưa báo cáo",
        _ => "Không áp dụng",
    };

    /// <summary>The comparison sign of a threshold, as printed beside a value.</summary>
    public static string Comparison(Certification.Criteria.Indicators.ComparisonOperator comparison) => comparison switch
    {
        Certification.Criteria.Indicators.ComparisonOperator.AtLeast => "≥",
        Certification.Criteria.Indicators.ComparisonOperator.MoreThan => ">",
        Certification.Criteria.Indicators.ComparisonOperator.AtMost => "≤",
        Certification.Criteria.Indicators.ComparisonOperator.LessThan => "<",
        _ => "=",
    };
}
