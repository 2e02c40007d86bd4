using Certification.Criteria.Inputs;
using Certification.Web.Domain.Evidence;
using Certification.Web.Domain.Parks;

namespace Certification.Web.Domain.Assessment;

/// <summary>
/// The park developer's answer to one park-level indicator (form A.5), keyed by park and indicator code, with the
/// evidence files behind it. Only one of the kind-specific values is set, according to <see cref="Kind"/>.
/// </summary>
public sealed class ParkAnswer
{
    private readonly List<ParkAnswerEvidence> _evidence = [];

    public Guid Id { get; private set; } = Guid.NewGuid();
    public Guid ParkId { get; private set; }

    /// <summary>The indicator code, e.g. <c>ENV.3</c>; answers outlive set versions that keep the code.</summary>
    public string IndicatorCode { get; private set; } = "";
    public AnswerKind Kind { get; private set; }
    public bool? YesNo { get; private set; }

    /// <summary>For a number answer: the value, in <see cref="Unit"/>.</summary>
    public decimal? NumberValue { get; private set; }

    /// <summary>For a quantity ratio: the part (e.g. wastewater reused), 0 ≤ part ≤ whole, in <see cref="Unit"/>.</summary>
    public decimal? Part { get; private set; }

    /// <summary>For a quantity ratio: the whole (e.g. total wastewater), greater than zero, in <see cref="Unit"/>.</summary>
    public decimal? Whole { get; private set; }
    public string? Unit { get; private set; }
    public string? Note { get; private set; }
    public Guid? AnsweredByUserId { get; private set; }
    public DateTimeOffset AnsweredAt { get; private set; }
    public IReadOnlyList<ParkAnswerEvidence> Evidence => _evidence;

    private ParkAnswer() { }

    public ParkAnswer(Park park, string indicatorCode)
    {
        if (string.IsNullOrWhiteSpace(indicatorCode))
            throw new DomainException("ParkAnswer.CodeRequired", "Mã tiêu chí là bắt buộc.");
        ParkId = park.Id;
        IndicatorCode = indicatorCode.Trim();
    }

    public void AnswerYesNo(bool value, string? note, Guid? by, DateTimeOffset at)
    {
        Set(AnswerKind.YesNo, note, by, at);
        YesNo = value;
    }

    public void AnswerNumber(decimal value, string unit, string? note, Guid? by, DateTimeOffset at)
    {
        var checkedUnit = RequireUnit(unit);
        Set(AnswerKind.Number, note, by, at);
        NumberValue = value;
        Unit = checkedUnit;
    }

    /// <exception cref="DomainException">When the whole is not positive or the part is negative or larger than the whole.</exception>
    public void AnswerQuantityRatio(decimal part, decimal whole, string unit, string? note, Guid? by, DateTimeOffset at)
    {
        if (whole <= 0)
            throw new DomainException("ParkAnswer.WholePositive", "Tổng lượng phải lớn hơn 0.");
        if (part < 0 || part > whole)
            throw new DomainException("ParkAnswer.PartWithinWhole", "Lượng thành phần phải từ 0 đến tổng lượng.");
        var checkedUnit = RequireUnit(unit);
        Set(AnswerKind.QuantityRatio, note, by, at);
        Part = part;
        Whole = whole;
        Unit = checkedUnit;
    }

    /// <summary>Attaches an evidence file of the park's investor; attaching the same file twice changes nothing.</summary>
    /// <exception cref="DomainException">When the file belongs to another organisation than the park's investor.</exception>
    public void AttachEvidence(EvidenceFile file, Park park)
    {
        if (park.Id != ParkId || file.OwnerOrganisationId != park.InvestorOrganisationId)
            throw new DomainException("ParkAnswer.EvidenceOfOtherOrganisation",
                "Tệp minh chứng phải thuộc chủ đầu tư hạ tầng của khu công nghiệp này.");
        if (_evidence.All(e => e.EvidenceFileId != file.Id))
            _evidence.Add(new ParkAnswerEvidence(Id, file.Id));
    }

    public void DetachEvidence(Guid fileId) => _evidence.RemoveAll(e => e.EvidenceFileId == fileId);

    /// <summary>The answer as the criteria engine reads it; evidence ids are the file ids.</summary>
    public IndicatorAnswer ToEngineAnswer()
    {
        var evidence = _evidence.Select(e => e.EvidenceFileId.ToString()).ToArray();
        return Kind switch
        {
            AnswerKind.YesNo => new YesNoAnswer(YesNo!.Value) { EvidenceIds = evidence },
            AnswerKind.Number => new NumberAnswer(NumberValue!.Value, Unit!) { EvidenceIds = evidence },
            _ => new QuantityRatioAnswer(Part!.Value, Whole!.Value, Unit!) { EvidenceIds = evidence },
        };
    }

    private void Set(AnswerKind kind, string? note, Guid? by, DateTimeOffset at)
    {
        Kind = kind;
        YesNo = null;
        NumberValue = Part = Whole = null;
        Unit = null;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        AnsweredByUserId = by;
        AnsweredAt = at;
    }

    private static string RequireUnit(string unit) => string.IsNullOrWhiteSpace(unit)
        ? throw new DomainException("ParkAnswer.UnitRequired", "Đơn vị là bắt buộc.")
        : unit.Trim();
}
