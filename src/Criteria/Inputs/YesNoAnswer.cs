namespace Certification.Criteria.Inputs;

/// <summary>An answer to a yes/no indicator (e.g. "ENV.5: the input/output monitoring mechanism is built and running").</summary>
/// <param name="Value">True for yes.</param>
public sealed record YesNoAnswer(bool Value) : IndicatorAnswer;
