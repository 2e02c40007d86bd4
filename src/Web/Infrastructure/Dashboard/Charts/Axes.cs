using System.Text;
using static Certification.Web.Infrastructure.Dashboard.Charts.Svg;

namespace Certification.Web.Infrastructure.Dashboard.Charts;

/// <summary>Axes, category labels, the target line and the legend, shared by the bar and line charts.</summary>
internal static class Axes
{
    /// <summary>The value axis (ticks 0, half, max, with light grid lines), the base line and both axis labels.</summary>
    public static void Draw(StringBuilder svg, ChartSpec spec, double left, double right, double top, double bottom, double max, int height)
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
            .Append($"<text x=\"{N((left + right) / 2)}\" y=\"{N(bottom + 48)}\" text-anchor=\"middle\" class=\"chart-axis-label\">{Text(spec.XAxisLabel)}</text>");
    }

    /// <summary>A category name under the axis, on two lines when long.</summary>
    public static void CategoryLabel(StringBuilder svg, string label, double x, double bottom)
    {
        var lines = Split(label);
        svg.Append($"<text x=\"{N(x)}\" y=\"{N(bottom + 15)}\" text-anchor=\"middle\" class=\"chart-tick\">");
        for (var i = 0; i < lines.Count; i++)
            svg.Append($"<tspan x=\"{N(x)}\" dy=\"{(i == 0 ? 0 : 13)}\">{Text(lines[i])}</tspan>");
        svg.Append("</text>");
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

    private static List<string> Split(string label)
    {
        if (label.Length <= 14 || !label.Contains(' '))
            return [label];
        var middle = label.Length / 2;
        var space = Enumerable.Range(0, label.Length).Where(i => label[i] == ' ').OrderBy(i => Math.Abs(i - middle)).First();
        return [label[..space], label[(space + 1)..]];
    }
}
