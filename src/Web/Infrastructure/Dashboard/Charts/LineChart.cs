using System.Text;
using Microsoft.AspNetCore.Html;
using static Certification.Web.Infrastructure.Dashboard.Charts.Svg;

namespace Certification.Web.Infrastructure.Dashboard.Charts;

/// <summary>
/// A trend as inline SVG, drawn on the server: one line per series over the categories (years), a marker and the value
/// written at every point, a gap where a value is missing, an optional dashed target line, and a legend when there are
/// several series (each with its own dash pattern and marker, so a black-and-white print keeps them apart).
/// </summary>
public static class LineChart
{
    private const int Width = 560, PlotHeight = 180, Left = 64, Right = 24, Top = 40;

    public static IHtmlContent Render(ChartSpec spec)
    {
        var step = (Width - Left - Right) / (double)Math.Max(1, spec.Categories.Count);
        var labels = spec.Categories.Select(c => Axes.Wrap(c, step - 4)).ToList();
        var labelLines = labels.Select(l => l.Count).DefaultIfEmpty(1).Max();
        var bottom = Top + PlotHeight;
        var height = bottom + Axes.BelowPlot(labelLines, spec.Series.Count > 1);
        var max = NiceMax(spec);
        double X(int i) => Left + step * (i + 0.5);
        double Y(decimal value) => bottom - (double)value / max * (bottom - Top);
        var svg = Open(spec, Width, height);
        Axes.Draw(svg, spec, Left, Width - Right, Top, bottom, max, labelLines);
        for (var c = 0; c < spec.Categories.Count; c++)
            Axes.CategoryLabel(svg, labels[c], X(c), bottom);
        Axes.Target(svg, spec, Left, Width - Right, spec.Target is { } t ? Y(t) : null);

        for (var s = 0; s < spec.Series.Count; s++)
        {
            var values = spec.Series[s].Values;
            var path = new StringBuilder();
            for (var i = 0; i < values.Count; i++)
                if (values[i] is { } v)
                    path.Append(i > 0 && values[i - 1] is not null ? " L" : " M").Append($"{N(X(i))} {N(Y(v))}");
            svg.Append($"<path d=\"{path.ToString().Trim()}\" fill=\"none\" stroke=\"{Colour(s)}\" stroke-width=\"2.5\" stroke-dasharray=\"{Axes.Dash(s)}\"/>");
            for (var i = 0; i < values.Count; i++)
            {
                if (values[i] is not { } v)
                    continue;
                svg.Append(Marker(s, X(i), Y(v)))
                    .Append($"<text x=\"{N(X(i))}\" y=\"{N(Y(v) - 8 - 12 * s)}\" text-anchor=\"middle\" class=\"chart-value\">{Text(spec.Format(v))}</text>");
            }
        }
        Axes.Legend(svg, spec, Left, height - 8, bar: false);
        return new HtmlString(svg.Append("</svg>").ToString());
    }

    /// <summary>Circle, square, diamond, then again: the point marker of a series.</summary>
    private static string Marker(int series, double x, double y) => (series % 3) switch
    {
        0 => $"<circle cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"4\" fill=\"{Colour(series)}\"/>",
        1 => $"<rect x=\"{N(x - 4)}\" y=\"{N(y - 4)}\" width=\"8\" height=\"8\" fill=\"{Colour(series)}\"/>",
        _ => $"<path d=\"M{N(x)} {N(y - 5)} L{N(x + 5)} {N(y)} L{N(x)} {N(y + 5)} L{N(x - 5)} {N(y)} Z\" fill=\"{Colour(series)}\"/>",
    };
}
