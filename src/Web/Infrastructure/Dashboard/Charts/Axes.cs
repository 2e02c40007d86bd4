using System.Text;
using static Certification.Web.Infrastructure.Dashboard.Charts.Svg;

namespace Certification.Web.Infrastructure.Dashboard.Charts;

/// <summary>Axes, category labels, the target line and the legend, shared by the bar and line charts.</summary>
internal static class Axes
{
    /// <summary>The value axis (ticks 0, half, max, with light grid lines), the base line and both axis labels.</summary>
    public static void Draw(StringBuilder svg, ChartSpec spec, double left, double right, double top, double bottom, double max, int labelLines)
    {
        foreach (var tick in new[] { 0, max / 2, max })
        {
            var y = bottom - tick / max * (bottom - top);
            svg.Append($"<line x1=\"{N(left)}\" y1=\"{N(y)}\" x2=\"{N(right)}\" y2=\"{N(y)}\" class=\"chart-grid\"/>")
                .Append($"<text x=\"{N(left - 6)}\" y=\"{N(y + 4)}\" text-anchor=\"end\" class=\"chart-tick\">{Text(spec.Format((decimal)tick))}</text>");
        }
        svg.Append($"<line x1=\"{N(left)}\" y1=\"{N(top)}\" x2=\"{N(left)}\" y2=\"{N(bottom)}\" class=\"chart-axis\"/>")
            .Append($"<line x1=\"{N(left)}\" y1=\"{N(bottom)}\" x2=\"{N(right)}\" y2=\"{N(bottom)}\" class=\"chart-axis\"/>")
            .Append($"<text transform=\"translate(14 {N((top + bottom) / 2)}) rotate(-90)\" text-anchor=\"middle\" class=\"chart-axis-label\">{Text(spec.YAxisLabel)}</text>")
            .Append($"<text x=\"{N((left + right) / 2)}\" y=\"{N(bottom + 22 + LineHeight * labelLines)}\" text-anchor=\"middle\" class=\"chart-axis-label\">{Text(spec.XAxisLabel)}</text>");
    }

    /// <summary>A category name under the axis, already wrapped (<see cref="Wrap"/>).</summary>
    public static void CategoryLabel(StringBuilder svg, IReadOnlyList<string> lines, double x, double bottom)
    {
        svg.Append($"<text x=\"{N(x)}\" y=\"{N(bottom + 15)}\" text-anchor=\"middle\" class=\"chart-tick\">");
        for (var i = 0; i < lines.Count; i++)
            svg.Append($"<tspan x=\"{N(x)}\" dy=\"{(i == 0 ? 0 : LineHeight)}\">{Text(lines[i])}</tspan>");
        svg.Append("</text>");
    }

    public const int LineHeight = 13;

    /// <summary>
    /// Words of a category name on lines of at most <paramref name="width"/> pixels (about 6.2 px a letter at the tick
    /// size), at most <paramref name="maxLines"/> lines; what does not fit ends in "…" (the full name is in the description).
    /// </summary>
    public static IReadOnlyList<string> Wrap(string label, double width, int maxLines = 4)
    {
        var perLine = Math.Max(4, (int)(width / 6.2));
        var lines = new List<string>();
        foreach (var word in label.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lines.Count > 0 && lines[^1].Length + 1 + word.Length <= perLine)
                lines[^1] += " " + word;
            else
                lines.Add(word);
        }
        if (lines.Count <= maxLines)
            return lines;
        var kept = lines.Take(maxLines).ToList();
        kept[^1] = (kept[^1].Length >= perLine ? kept[^1][..(perLine - 1)] : kept[^1]) + "…";
        return kept;
    }

    public static void Target(StringBuilder svg, ChartSpec spec, double left, double right, double? y)
    {
        if (y is not { } at || spec.Target is not { } target)
            return;
        svg.Append($"<line x1=\"{N(left)}\" y1=\"{N(at)}\" x2=\"{N(right)}\" y2=\"{N(at)}\" class=\"chart-target\"/>")
            .Append($"<text x=\"{N(right)}\" y=\"{N(at - 4)}\" text-anchor=\"end\" class=\"chart-target-label\">{Text($"{spec.TargetLabel} {spec.Format(target)}".Trim())}</text>");
    }

    /// <summary>One swatch and name per series along the bottom; nothing for a single series (the title names it).</summary>
    public static void Legend(StringBuilder svg, ChartSpec spec, double left, double y, bool bar)
    {
        if (spec.Series.Count < 2)
            return;
        var x = left;
        for (var s = 0; s < spec.Series.Count; s++)
        {
            svg.Append(bar
                ? $"<rect x=\"{N(x)}\" y=\"{N(y - 10)}\" width=\"14\" height=\"10\" fill=\"{Fill(spec, s)}\" stroke=\"{Colour(s)}\"/>"
                : $"<line x1=\"{N(x)}\" y1=\"{N(y - 5)}\" x2=\"{N(x + 14)}\" y2=\"{N(y - 5)}\" stroke=\"{Colour(s)}\" stroke-width=\"2\" stroke-dasharray=\"{Dash(s)}\"/>");
            svg.Append($"<text x=\"{N(x + 18)}\" y=\"{N(y)}\" class=\"chart-tick\">{Text(spec.Series[s].Name)}</text>");
            x += 26 + spec.Series[s].Name.Length * 6.5;
        }
    }

    /// <summary>Line styles that stay apart in black and white: solid, dashed, dotted, dash-dot, long dash.</summary>
    public static string Dash(int series) => (series % 5) switch { 0 => "none", 1 => "6 3", 2 => "2 3", 3 => "8 3 2 3", _ => "12 4" };

    /// <summary>The height a chart needs below its plot: wrapped labels, the axis label, the legend row.</summary>
    public static int BelowPlot(int labelLines, bool legend) => 30 + LineHeight * labelLines + (legend ? 22 : 0);
}
