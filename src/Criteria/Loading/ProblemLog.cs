namespace Certification.Criteria.Loading;

/// <summary>Collects the problems of one file, attaching the file name and the line of each path.</summary>
internal sealed class ProblemLog(string fileName, JsonLineMap lines)
{
    private readonly List<ValidationProblem> _problems = [];

    /// <summary>The problems ordered by line (stable), problems without a line last.</summary>
    public IReadOnlyList<ValidationProblem> Problems => _problems.OrderBy(p => p.Line ?? int.MaxValue).ToArray();

    public int Count => _problems.Count;

    public void Add(string path, ValidationProblemKind kind, string reason) =>
        _problems.Add(new ValidationProblem(fileName, path, lines.LineOf(path), kind, reason));
}
