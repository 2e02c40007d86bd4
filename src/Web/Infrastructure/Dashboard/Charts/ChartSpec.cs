namespace Certification.Web.Infrastructure.Dashboard.Charts;

/// <summary>
/// What a chart shows: categories along the x axis, one or more series of values (null = no value, drawn as a gap), the
/// axis labels and how numbers are written (in the reader's culture). <see cref="Id"/> must be unique on the page: the
/// SVG's title, description and patterns are referenced by it.
/// </summary>
public sealed record ChartSpec(string Id, string Title, string XAxisLabel, string YAxisLabel, IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series, Func<decimal, string> Format)
{
    /// <summary>A target drawn as a dashed line across the plot, in the values' unit; null for none.</summary>
    public decimal? Target { get; init; }

    /// <summary>The words beside the target line, e.g. "Mục tiêu 2030: 10 %".</summary>
    public string? TargetLabel { get; init; }
}

/// <summary>One series: a name for the legend and one value per category (null where there is none).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal?> Values);
