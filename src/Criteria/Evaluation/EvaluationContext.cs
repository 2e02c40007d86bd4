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

    public SentenceWriter Writer { get; }

    public DateOnly Date { get; }

    /// <summary>The park's stage; null when an enterprise is evaluated.</summary>
    public ParkStage? Stage { get; }

    public IReadOnlyDictionary<string, IndicatorAnswer> Answers { get; }

    public IReadOnlyList<EnterpriseRecord> Enterprises { get; }

    public IReadOnlyList<SymbiosisLink> Links { get; }

    /// <summary>The enterprise evaluated; null when a park is evaluated.</summary>
    public EnterpriseRecord? SubjectEnterprise { get; }

    public static EvaluationContext ForPark(ParkEvaluationData park, DateOnly date, Language language) =>
        new(SentenceWriter.For(language), date, park.Stage, park.Answers, park.Enterprises, park.SymbiosisLinks, null);

    public static EvaluationContext ForEnterprise(EnterpriseEvaluationData data, DateOnly date, Language language) =>
        new(SentenceWriter.For(language), date, null, data.Answers, [data.Enterprise], data.SymbiosisLinks, data.Enterprise);
}
