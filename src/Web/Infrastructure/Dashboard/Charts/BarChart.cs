using Microsoft.AspNetCore.Html;
using static Certification.Web.Infrastructure.Dashboard.Charts.Svg;

namespace Certification.Web.Infrastructure.Dashboard.Charts;

/// <summary>
/// A vertical bar chart as inline SVG, drawn on the server: one group of bars per category, one bar per series, the value
/// written above every bar, a value axis with three ticks, both axis labels, an optional dashed target line, and a legend
/// when there are several series. No script, no web font: it renders offline and prints.
/// </summary>
public static class BarChart
{
    private const int Width = 560, PlotHeight = 200, Left = 64, Right = 16, Top = 40;

    public static IHtmlContent Render(ChartSpec spec)
    {
        var group = (Width - Left - Right) / (double)Math.Max(1, spec.Categories.Count);
        var labels = spec.Categories.Select(c => Axes.Wrap(c, group - 4)).ToList();
        var labelLines = labels.Select(l => l.Count).DefaultIfEmpty(1).Max();
        var bottom = Top + PlotHeight;
        var height = bottom + Axes.BelowPlot(labelLines, spec.Series.Count > 1);
        var max = NiceMax(spec);
        double Y(decimal value) => bottom - (double)value / max * (bottom - Top);
        var svg = Open(spec, Width, height);
        Axes.Draw(svg, spec, Left, Width - Right, Top, bottom, max, labelLines);

        var bar = group * 0.7 / Math.Max(1, spec.Series.Count);
        for (var c = 0; c < spec.Categories.Count; c++)
        {
            var groupLeft = Left + c * group + group * 0.15;
            for (var s = 0; s < spec.Series.Count; s++)
            {
                var x = groupLeft + s * bar;
                var value = spec.Series[s].Values[c];
                if (value is { } v)
                    svg.Append($"<rect x=\"{N(x)}\" y=\"{N(Y(v))}\" width=\"{N(bar - 2)}\" height=\"{N(bottom - Y(v))}\" fill=\"{Fill(spec, s)}\" ")
                        .Append($"stroke=\"{Colour(s)}\"><title>{Text(spec.Series[s].Name)} · {Text(spec.Categories[c])}: {Text(spec.Format(v))}</title></rect>");
                svg.Append($"<text x=\"{N(x + (bar - 2) / 2)}\" y=\"{N((value is { } w ? Y(w) : bottom) - 4)}\" text-anchor=\"middle\" class=\"chart-value\">")
                    .Append($"{Text(value is { } u ? spec.Format(u) : "–")}</text>");
            }
            Axes.CategoryLabel(svg, labels[c], Left + c * group + group / 2, bottom);
        }
        Axes.Target(svg, spec, Left, Width - Right, spec.Target is { } t ? Y(t) : null);
        Axes.Legend(svg, spec, Left, height - 8, bar: true);
        return new HtmlString(svg.Append("</svg>").ToString());
    }
}
