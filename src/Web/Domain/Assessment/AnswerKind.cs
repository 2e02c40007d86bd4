namespace Certification.Web.Domain.Assessment;

/// <summary>The shape of a park-level answer; it must match the indicator's kind (yesNo, number, quantityRatio).</summary>
public enum AnswerKind
{
    YesNo,
    Number,
    QuantityRatio,
}
