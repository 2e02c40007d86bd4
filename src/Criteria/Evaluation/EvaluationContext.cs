using System.Runtime.InteropServices;
using Certification.Criteria.Inputs;
using Certification.Criteria.Wording;

namespace Certification.Criteria.Evaluation;

/// <summary>What the rules of one evaluation read: the subject's data seen the same way for parks and enterprises.</summary>
internal sealed class EvaluationContext
{
    private EvaluationContext(
        SentenceWriter writer,
        DateOnly date,
        ParkStage? stage,
        IReadOnlyDictionary<string, IndicatorAnswer> answers,
        IReadOnlyList<EnterpriseRecord> enterprises,
        IReadOnlyList<SymbiosisLink> links,
        EnterpriseRecord? subjectEnterprise)
    {
        Writer = writer;
        Date = date;
        Stage = stage;
        Answers = answers;
        Enterprises = enterprises;
        Links = links;
        SubjectEnterprise = subjectEnterprise;
    }

    private EnterpriseRecord[]? _enterpriseCopy;
    private SymbiosisLink[]? _linkCopy;

    public SentenceWriter Writer { get; }

    public DateOnly Date { get; }

    /// <summary>The park's stage; null when an enterprise is evaluated.</summary>
    public ParkStage? Stage { get; }

    public IReadOnlyDictionary<string, IndicatorAnswer> Answers { get; }

    public IReadOnlyList<EnterpriseRecord> Enterprises { get; }

    public IReadOnlyList<SymbiosisLink> Links { get; }

    /// <summary>The enterprise evaluated; null when a park is evaluated.</summary>
    public EnterpriseRecord? SubjectEnterprise { get; }

    /// <summary>The enterprises as a span: the caller's array or list itself, copied once only for other list types.</summary>
    public ReadOnlySpan<EnterpriseRecord> EnterpriseSpan => Enterprises switch
    {
        EnterpriseRecord[] array => array,
        List<EnterpriseRecord> list => CollectionsMarshal.AsSpan(list),
        _ => _enterpriseCopy ??= [.. Enterprises],
    };

    /// <summary>The symbiosis links as a span, like <see cref="EnterpriseSpan"/>.</summary>
    public ReadOnlySpan<SymbiosisLink> LinkSpan => Links switch
    {
        SymbiosisLink[] array => array,
        List<SymbiosisLink> list => CollectionsMarshal.AsSpan(list),
        _ => _linkCopy ??= [.. Links],
    };

    /// <summary>The enterprise facts the set's ratio indicators read, extracted once per evaluation; null when the set has no ratio.</summary>
    public EnterpriseFacts? EnterpriseFacts { get; set; }

    public static EvaluationContext ForPark(ParkEvaluationData park, DateOnly date, Language language) =>
        new(SentenceWriter.For(language), date, park.Stage, park.Answers, park.Enterprises, park.SymbiosisLinks, null);

    public static EvaluationContext ForEnterprise(EnterpriseEvaluationData data, DateOnly date, Language language) =>
        new(SentenceWriter.For(language), date, null, data.Answers, [data.Enterprise], data.SymbiosisLinks, data.Enterprise);
}
