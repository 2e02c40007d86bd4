namespace Certification.Criteria.Wording;

/// <summary>
/// The built-in sentence templates, Vietnamese first. Placeholders are composite-format indexes; numbers arrive
/// already formatted for the language. If you add a <see cref="Phrase"/>, add its row here (the test over all
/// phrases fails otherwise).
/// </summary>
internal static class PhraseTable
{
    public static string Template(Phrase phrase, Language language)
    {
        var (vietnamese, english) = Row(phrase);
        return language == Language.Vietnamese ? vietnamese : english;
    }

    private static (string Vietnamese, string English) Row(Phrase phrase) => phrase switch
    {
        // no placeholders
        Phrase.NotApplicableNewParkOnly => ("Chỉ áp dụng cho KCN mới thành lập; KCN này là KCN hiện hữu.", "Applies only to newly established parks; this park is an existing park."),
        Phrase.NotApplicableExistingParkOnly => ("Chỉ áp dụng cho KCN hiện hữu; KCN này mới thành lập.", "Applies only to existing parks; this park is newly established."),

        // {0} population phrase, {1} workforce
        Phrase.NotApplicableOutsidePopulation => ("Chỉ áp dụng cho doanh nghiệp{0}; doanh nghiệp này có {1} lao động.", "Applies only to enterprises{0}; this enterprise has {1} workers."),
        Phrase.AnswerNotReported => ("Chưa báo cáo.", "Not reported."),

        // {0} indicator kind name
        Phrase.AnswerWrongKind => ("Câu trả lời đã ghi không đúng loại của chỉ tiêu ({0}).", "The recorded answer does not match the indicator's kind ({0})."),

        // {0} evidence count, {1} English noun
        Phrase.AnsweredYes => ("Trả lời: có ({0} minh chứng).", "Answered yes ({0} {1})."),
        Phrase.AnsweredNo => ("Trả lời: không.", "Answered no."),

        // {0} indicator title
        Phrase.RemedyAnswerYes => ("Cần đáp ứng: {0}.", "Must be answered yes: {0}."),
        Phrase.RemedyReport => ("Cần báo cáo và nộp minh chứng: {0}.", "Report and attach evidence: {0}."),

        // {0} value, {1} unit, {2} operator, {3} threshold
        Phrase.NumberCompared => ("{0} {1} {2} {3} {1}", "{0} {1} {2} {3} {1}"),

        // {0} value, {1} unit
        Phrase.NumberReported => ("{0} {1} (đã báo cáo; không có ngưỡng)", "{0} {1} (reported; no threshold)"),

        // {0} reported unit, {1} indicator unit
        Phrase.UnitMismatch => ("Đã báo cáo theo đơn vị {0}, nhưng chỉ tiêu tính theo {1}.", "Reported in {0}, but the indicator is measured in {1}."),

        // {0} operator, {1} threshold, {2} unit, {3} value
        Phrase.RemedyNumber => ("Giá trị phải {0} {1} {2}; hiện là {3} {2}.", "The value must be {0} {1} {2}; it is {3} {2}."),

        // {0} part, {1} whole, {2} unit, {3} percent, {4} operator, {5} threshold
        Phrase.ShareCompared => ("{0}/{1} {2} = {3} % {4} {5} %", "{0} of {1} {2} = {3} % {4} {5} %"),
        Phrase.ShareReported => ("{0}/{1} {2} = {3} % (đã báo cáo; không có ngưỡng)", "{0} of {1} {2} = {3} % (reported; no threshold)"),

        // {0} unit
        Phrase.ShareZeroWhole => ("Tổng bằng 0 {0}: không tính được tỷ lệ.", "The total is 0 {0}: the share cannot be computed."),

        // {0} part, {1} whole, {2} unit
        Phrase.ShareInconsistent => ("Phần đã báo cáo ({0} {2}) âm hoặc lớn hơn tổng ({1} {2}): không tính được tỷ lệ.", "The reported part ({0} {2}) is negative or exceeds the total ({1} {2}): the share cannot be computed."),

        // {0} operator, {1} threshold, {2} percent
        Phrase.RemedyPercent => ("Tỷ lệ phải {0} {1} %; hiện là {2} %.", "The share must be {0} {1} %; it is {2} %."),

        // {0} count, {1} English noun, {2} date, {3} filter phrase, {4} operator, {5} threshold
        Phrase.LinksCompared => ("{0} liên kết cộng sinh đang hoạt động ngày {2}{3} {4} {5}", "{0} {1} operating on {2}{3} {4} {5}"),
        Phrase.LinksReported => ("{0} liên kết cộng sinh đang hoạt động ngày {2}{3} (đã báo cáo; không có ngưỡng)", "{0} {1} operating on {2}{3} (reported; no threshold)"),

        // {0} links missing, {1} English noun
        Phrase.RemedyMoreLinks => ("Cần thêm {0} liên kết cộng sinh đang hoạt động.", "Add {0} more operating {1}."),

        // {0} operator, {1} threshold, {2} count
        Phrase.RemedyCount => ("Số liên kết cộng sinh đang hoạt động phải {0} {1}; hiện là {2}.", "The number of operating symbiosis links must be {0} {1}; it is {2}."),

        // {0} numerator, {1} population, {2} English noun, {3} population phrase, {4} percent, {5} operator, {6} threshold
        Phrase.RatioCompared => ("{0}/{1} doanh nghiệp{3} = {4} % {5} {6} %", "{0} of {1} {2}{3} = {4} % {5} {6} %"),
        Phrase.RatioReported => ("{0}/{1} doanh nghiệp{3} = {4} % (đã báo cáo; không có ngưỡng)", "{0} of {1} {2}{3} = {4} % (reported; no threshold)"),

        // {0} population phrase
        Phrase.RatioNoPopulation => ("KCN không có doanh nghiệp nào{0}: không tính được tỷ lệ.", "The park has no enterprises{0}: the share cannot be computed."),

        // {0} the unreported parts joined with "; "
        Phrase.RatioUnreported => ("Không tính được tỷ lệ: {0}.", "The share cannot be computed: {0}."),

        // {0} unreported, {1} total, {2} field noun
        Phrase.UnreportedField => ("{0}/{1} doanh nghiệp chưa báo cáo {2}", "{0} of {1} enterprises have not reported {2}"),

        // {0} unreported, {1} total, {2} attribute verb (plural)
        Phrase.UnreportedAttribute => ("{0}/{1} doanh nghiệp chưa báo cáo việc {2}", "{0} of {1} enterprises have not reported whether they {2}"),

        // {0} enterprises missing, {1} English noun, {2} population phrase, {3} attribute verb (plural)
        Phrase.RemedyMoreEnterprises => ("Cần thêm {0} doanh nghiệp{2} {3}.", "{0} more {1}{2} must {3}."),

        // {0} enterprises, {1} English noun, {2} field noun
        Phrase.RemedyReportField => ("{0} doanh nghiệp cần báo cáo {2}.", "{0} {1} must report {2}."),

        // {0} enterprises, {1} English noun, {2} attribute verb (plural)
        Phrase.RemedyReportAttribute => ("{0} doanh nghiệp cần báo cáo việc {2}.", "{0} {1} must report whether they {2}."),

        // {0} population phrase
        Phrase.RemedyNoPopulation => ("Cần có ít nhất một doanh nghiệp{0} trong KCN để tính tỷ lệ.", "The share needs at least one enterprise{0} in the park."),

        // {0} attribute verb (singular in English)
        Phrase.AttributeTrue => ("Doanh nghiệp {0}.", "The enterprise {0}."),

        // {0} attribute verb (plural in English)
        Phrase.AttributeFalse => ("Doanh nghiệp chưa {0}.", "The enterprise does not {0}."),

        // {0} attribute verb (singular in English)
        Phrase.AttributeUnreported => ("Doanh nghiệp chưa báo cáo việc {0}.", "The enterprise has not reported whether it {0}."),

        // {0} field noun
        Phrase.AttributeFieldUnreported => ("Doanh nghiệp chưa báo cáo {0}.", "The enterprise has not reported {0}."),

        // {0} attribute verb (plural in English)
        Phrase.RemedyAttributeFalse => ("Doanh nghiệp cần {0}.", "The enterprise must {0}."),

        // {0} attribute verb (singular in English)
        Phrase.RemedyAttributeUnreported => ("Cần báo cáo việc doanh nghiệp {0}.", "Report whether the enterprise {0}."),

        // {0} field noun
        Phrase.RemedyAttributeFieldUnreported => ("Cần báo cáo {0} của doanh nghiệp.", "Report {0} of the enterprise."),

        // {0} met, {1} applicable, {2} percent, {3} English noun for {1}
        Phrase.SummaryAllMandatoryMet => ("Đạt {0}/{1} chỉ tiêu áp dụng ({2} %); đạt tất cả chỉ tiêu bắt buộc.", "{0} of {1} applicable {3} met ({2} %); all mandatory indicators met."),

        // {0} met, {1} applicable, {2} percent, {3} English noun for {1}, {4} mandatory indicators missing, {5} English noun for {4}
        Phrase.SummaryMandatoryMissing => ("Đạt {0}/{1} chỉ tiêu áp dụng ({2} %); {4} chỉ tiêu bắt buộc chưa đạt hoặc chưa báo cáo.", "{0} of {1} applicable {3} met ({2} %); {4} mandatory {5} not met or not reported."),
        Phrase.SummaryNoApplicable => ("Không có chỉ tiêu nào của bộ này được áp dụng.", "No indicator of this set applies."),
        _ => throw new ArgumentOutOfRangeException(nameof(phrase), phrase, "No sentence template for this phrase."),
    };
}
