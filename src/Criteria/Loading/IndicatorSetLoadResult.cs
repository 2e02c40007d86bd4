using Certification.Criteria.Indicators;

namespace Certification.Criteria.Loading;

/// <summary>The outcome of loading an indicator-set file: either a validated set, or every problem found (never both).</summary>
public sealed class IndicatorSetLoadResult
{
    private IndicatorSetLoadResult(string fileName, IndicatorSet? set, IReadOnlyList<ValidationProblem> problems)
    {
        FileName = fileName;
        Set = set;
        Problems = problems;
    }

    /// <summary>The file name given to the loader.</summary>
    public string FileName { get; }

    /// <summary>The validated set; null when <see cref="Problems"/> is not empty.</summary>
    public IndicatorSet? Set { get; }

    /// <summary>Every problem found, in file order; empty on success.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    /// <summary>Whether the file loaded without problems.</summary>
    public bool Succeeded => Set is not null;

    /// <summary>A successful result.</summary>
    public static IndicatorSetLoadResult Success(string fileName, IndicatorSet set) => new(fileName, set, []);

    /// <summary>A failed result.</summary>
    /// <exception cref="ArgumentException">When <paramref name="problems"/> is empty.</exception>
    public static IndicatorSetLoadResult Failure(string fileName, IReadOnlyList<ValidationProblem> problems)
    {
        if (problems.Count == 0)
        {
            throw new ArgumentException("A failed load needs at least one problem.", nameof(problems));
        }

        return new(fileName, null, problems);
    }
}
