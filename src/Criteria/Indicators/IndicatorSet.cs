using Certification.Criteria.Evaluation;
using Certification.Criteria.Inputs;
using Certification.Criteria.Wording;

namespace Certification.Criteria.Indicators;

/// <summary>
/// A validated, immutable version of an indicator set (e.g. the national eco-industrial park set,
/// version 1). Created only by <see cref="Loading.IndicatorSetLoader"/>, so holding one means the data passed
/// every check. Rules are compiled once at construction; <c>Evaluate</c> is thread-safe and allocation-light.
/// </summary>
public sealed class IndicatorSet
{
    private readonly Dictionary<string, Indicator> _byCode;
    private readonly SetEvaluator _evaluator;

    internal IndicatorSet(
        string setId,
        int version,
        DateOnly effectiveDate,
        string legalBasis,
        LocalizedText title,
        SubjectKind subjectKind,
        IReadOnlyList<Indicator> indicators)
    {
        SetId = setId;
        Version = version;
        EffectiveDate = effectiveDate;
        LegalBasis = legalBasis;
        Title = title;
        SubjectKind = subjectKind;
        Indicators = indicators;
        _byCode = indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        _evaluator = new SetEvaluator(this);
    }

    /// <summary>The set's stable id across versions (e.g. <c>vn-eip-national</c>).</summary>
    public string SetId { get; }

    /// <summary>The version number, 1 or more; a higher number is a later version of the same set.</summary>
    public int Version { get; }

    /// <summary>The first day (inclusive) this version applies to evaluations.</summary>
    public DateOnly EffectiveDate { get; }

    /// <summary>The legal basis of the whole set, as text.</summary>
    public string LegalBasis { get; }

    /// <summary>The set's title in Vietnamese and English.</summary>
    public LocalizedText Title { get; }

    /// <summary>Whether the set certifies parks or enterprises.</summary>
    public SubjectKind SubjectKind { get; }

    /// <summary>The indicators in file order, which is the order results are reported in.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>The indicator with <paramref name="code"/> (ordinal, case-sensitive), or null.</summary>
    public Indicator? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>
    /// Evaluates a park against this set on <paramref name="evaluationDate"/> (the day symbiosis links must be
    /// operating on), writing sentences in <paramref name="language"/>.
    /// </summary>
    /// <exception cref="ArgumentException">When this set certifies enterprises, not parks.</exception>
    public SetEvaluation Evaluate(ParkEvaluationData park, DateOnly evaluationDate, Language language)
    {
        ArgumentNullException.ThrowIfNull(park);
        if (SubjectKind != SubjectKind.Park)
        {
            throw new ArgumentException($"Set {SetId} v{Version} certifies enterprises; evaluate it with EnterpriseEvaluationData.", nameof(park));
        }

        return _evaluator.Evaluate(EvaluationContext.ForPark(park, evaluationDate, language));
    }

    /// <summary>
    /// Evaluates one enterprise against this set on <paramref name="evaluationDate"/>, writing sentences in
    /// <paramref name="language"/>.
    /// </summary>
    /// <exception cref="ArgumentException">When this set certifies parks, not enterprises.</exception>
    public SetEvaluation Evaluate(EnterpriseEvaluationData enterprise, DateOnly evaluationDate, Language language)
    {
        ArgumentNullException.ThrowIfNull(enterprise);
        if (SubjectKind != SubjectKind.Enterprise)
        {
            throw new ArgumentException($"Set {SetId} v{Version} certifies parks; evaluate it with ParkEvaluationData.", nameof(enterprise));
        }

        return _evaluator.Evaluate(EvaluationContext.ForEnterprise(enterprise, evaluationDate, language));
    }

    /// <inheritdoc />
    public override string ToString() => $"{SetId} v{Version}";
}
