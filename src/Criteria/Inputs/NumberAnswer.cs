namespace Certification.Criteria.Inputs;

/// <summary>An answer to a number indicator.</summary>
/// <param name="Value">The reported value.</param>
/// <param name="Unit">The unit as reported; must equal the indicator's unit (ordinal) or the answer is not usable.</param>
public sealed record NumberAnswer(decimal Value, string Unit) : IndicatorAnswer;
