using Certification.Criteria.Loading;

namespace Certification.Web.Pages.Criteria;

/// <summary>
/// The Vietnamese wording of each kind of problem in an uploaded indicator-set file (the engine's own reason is English
/// only). English is in Resources/Pages/Criteria/CriteriaText.en.resx, read through <see cref="CriteriaText.Problem"/>.
/// </summary>
public static class ProblemWording
{
    public static string Vietnamese(ValidationProblemKind kind) => kind switch
    {
        ValidationProblemKind.MalformedJson => "Tệp không phải JSON hợp lệ (sai cú pháp).",
        ValidationProblemKind.WrongType => "Giá trị sai kiểu dữ liệu (ví dụ chữ ở chỗ cần số).",
        ValidationProblemKind.MissingField => "Thiếu trường bắt buộc.",
        ValidationProblemKind.UnknownProperty => "Trường không có trong định dạng (có thể viết sai tên).",
        ValidationProblemKind.DuplicateProperty => "Một trường xuất hiện hai lần trong cùng đối tượng.",
        ValidationProblemKind.InvalidSetId => "Mã bộ tiêu chí phải viết thường, nối bằng gạch ngang (ví dụ vn-eip-national).",
        ValidationProblemKind.InvalidVersion => "Phiên bản phải là số nguyên từ 1 trở lên.",
        ValidationProblemKind.InvalidDate => "Ngày phải theo dạng yyyy-MM-dd.",
        ValidationProblemKind.EmptyText => "Văn bản bắt buộc (cơ sở pháp lý, căn cứ pháp lý, đơn vị) đang để trống.",
        ValidationProblemKind.MissingVietnameseTitle => "Tên thiếu phần tiếng Việt.",
        ValidationProblemKind.MissingEnglishTitle => "Tên thiếu phần tiếng Anh.",
        ValidationProblemKind.UnknownSubjectKind => "Đối tượng phải là park (khu công nghiệp) hoặc enterprise (doanh nghiệp).",
        ValidationProblemKind.EmptyIndicatorList => "Bộ tiêu chí chưa có tiêu chí nào.",
        ValidationProblemKind.InvalidCode => "Mã tiêu chí phải có dạng ENV.1 (chữ in hoa, dấu chấm, số).",
        ValidationProblemKind.DuplicateCode => "Mã tiêu chí bị trùng: hai tiêu chí trong bộ có cùng mã.",
        ValidationProblemKind.UnknownGroup => "Nhóm tiêu chí không thuộc danh mục cho phép.",
        ValidationProblemKind.UnknownKind => "Loại tiêu chí không thuộc danh mục cho phép.",
        ValidationProblemKind.NotAllowedForSubjectKind => "Loại hoặc phạm vi áp dụng này không dùng được cho đối tượng của bộ tiêu chí.",
        ValidationProblemKind.NotAllowedForKind => "Trường này không dùng cho loại tiêu chí đã chọn.",
        ValidationProblemKind.UnknownEnterpriseAttribute => "Đặc điểm doanh nghiệp không thuộc danh mục cho phép.",
        ValidationProblemKind.UnknownPopulationField => "Trường lọc doanh nghiệp không thuộc danh mục cho phép.",
        ValidationProblemKind.InvalidPopulationValue => "Giá trị lọc doanh nghiệp phải là số nguyên từ 0 trở lên.",
        ValidationProblemKind.UnknownComparison => "Phép so sánh không hợp lệ; chỉ dùng: lớn hơn hoặc bằng, lớn hơn, nhỏ hơn hoặc bằng, nhỏ hơn, bằng.",
        ValidationProblemKind.IncompleteThreshold => "Phải có đủ cả phép so sánh và ngưỡng, hoặc không có cả hai.",
        ValidationProblemKind.ThresholdOutOfRange => "Ngưỡng nằm ngoài khoảng cho phép (tỷ lệ 0–100 %, số đếm là số nguyên từ 0).",
        ValidationProblemKind.UnknownApplicability => "Phạm vi áp dụng không thuộc danh mục cho phép.",
        ValidationProblemKind.UnknownReviewingBody => "Mã cơ quan thẩm định không thuộc danh mục cho phép.",
        ValidationProblemKind.InvalidEvidenceType => "Mã loại minh chứng phải viết thường, nối bằng gạch ngang và không lặp lại.",
        ValidationProblemKind.UnknownProvenance => "Nguồn gốc phải là L, F hoặc D.",
        ValidationProblemKind.UnknownSymbiosisType => "Loại cộng sinh trong bộ lọc không thuộc danh mục cho phép.",
        ValidationProblemKind.UnknownPartnerLocation => "Vị trí đối tác trong bộ lọc không thuộc danh mục cho phép.",
        ValidationProblemKind.VersionAlreadyPublished => "Phiên bản này của bộ tiêu chí đã được công bố; phiên bản đã công bố không thay đổi, hãy tăng số phiên bản.",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No Vietnamese wording for this problem kind: add one here."),
    };
}
