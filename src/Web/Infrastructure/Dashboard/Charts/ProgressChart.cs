using Microsoft.AspNetCore.Html;
using static Certification.Web.Infrastructure.Dashboard.Charts.Svg;

namespace Certification.Web.Infrastructure.Dashboard.Charts;

/// <summary>
/// Progress towards a target as inline SVG: a horizontal track standing for the target, the reached part filled, the
/// figure written large ("1 / 2") with its caption ("by 2030"). Past the target the track is full.
/// </summary>
public static class ProgressChart
{
    private const int Width = 440, Height = 96;

    /// <param name="value">What is reached, in the target's unit.</param>
    /// <param name="target">The target (greater than zero; zero or less draws an empty track).</param>
    /// <param name="figure">The figure as written, e.g. "1 / 2" or "8,3 % / 10 %".</param>
    /// <param name="caption">Below the track, e.g. "mục tiêu đến năm 2030".</param>
    public static IHtmlContent Render(string id, string title, decimal value, decimal target, string figure, string caption)
    {
        var spec = new ChartSpec(id, title, caption, figure, [], [], v => v.ToString());
        var share = target <= 0 ? 0 : Math.Clamp((double)(value / target), 0, 1);
        var svg = Open(spec, Width, Height, $"{title}: {figure} ({caption}).");
        const double left = 12, track = Width - 24;
        svg.Append($"<text x=\"{N(left)}\" y=\"48\" class=\"chart-figure\">{Text(figure)}</text>")
            .Append($"<rect x=\"{N(left)}\" y=\"58\" width=\"{N(track)}\" height=\"14\" rx=\"3\" class=\"chart-track\"/>")
            .Append($"<rect x=\"{N(left)}\" y=\"58\" width=\"{N(track * share)}\" height=\"14\" rx=\"3\" fill=\"{Colour(0)}\"/>")
            .Append($"<text x=\"{N(left)}\" y=\"88\" class=\"chart-tick\">{Text(caption)}</text>")
            .Append($"<text x=\"{N(left + track)}\" y=\"88\" text-anchor=\"end\" class=\"chart-tick\">{Math.Round(share * 100):0} %</text>");
        return new HtmlString(svg.Append("</svg>").ToString());
    }
}
