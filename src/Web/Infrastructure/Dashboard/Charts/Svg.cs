using System.Globalization;
using System.Net;
using System.Text;

namespace Certification.Web.Infrastructure.Dashboard.Charts;

/// <summary>
/// The pieces every chart shares: the accessible SVG frame (role img, &lt;title&gt; and &lt;desc&gt; naming every value),
/// a visible title, series styles that stay apart in black and white (colour plus hatching and marker shape), and
/// axis scaling. Coordinates are written with the invariant culture; text is escaped.
/// </summary>
internal static class Svg
{
    private static readonly string[] Colours = ["#1f6f4a", "#2b6cb0", "#b7791f", "#7b3fa0", "#5a6570"];

    public static string Text(string value) => WebUtility.HtmlEncode(value);

    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Colour(int series) => Colours[series % Colours.Length];

    /// <summary>Opens the SVG: a responsive viewBox, the title and description for screen readers, the visible title, the hatch patterns.</summary>
    public static StringBuilder Open(ChartSpec spec, int width, int height, string? description = null)
    {
        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"{spec.Id}\" viewBox=\"0 0 {width} {height}\" ")
            .Append($"role=\"img\" aria-labelledby=\"{spec.Id}-title {spec.Id}-desc\" preserveAspectRatio=\"xMidYMid meet\">")
            .Append($"<title id=\"{spec.Id}-title\">{Text(spec.Title)}</title><desc id=\"{spec.Id}-desc\">{Text(description ?? Description(spec))}</desc>")
            .Append("<defs>");
        for (var i = 1; i < spec.Series.Count; i++)
            svg.Append($"<pattern id=\"{spec.Id}-p{i}\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate({(i % 2 == 1 ? 45 : -45)})\">")
                .Append($"<rect width=\"6\" height=\"6\" fill=\"{Colour(i)}\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#fff\" stroke-width=\"{(i < 3 ? 2 : 3)}\"/></pattern>");
        svg.Append("</defs>")
            .Append($"<text x=\"{width / 2}\" y=\"18\" text-anchor=\"middle\" class=\"chart-title\">{Text(spec.Title)}</text>");
        return svg;
    }

    /// <summary>The fill of a series: solid for the first, hatched for the others (so a grey print still tells them apart).</summary>
    public static string Fill(ChartSpec spec, int series) => series == 0 ? Colour(0) : $"url(#{spec.Id}-p{series})";

    /// <summary>"Title. Series — category: value; …", the chart's numbers for someone who cannot see it.</summary>
    public static string Description(ChartSpec spec)
    {
        var parts = spec.Series.Select(s => (spec.Series.Count > 1 ? s.Name + " — " : "")
            + string.Join("; ", spec.Categories.Select((c, i) => $"{c}: {(s.Values[i] is { } v ? spec.Format(v) : "–")}")));
        var target = spec.Target is { } t ? $" {spec.TargetLabel ?? ""} {spec.Format(t)}." : "";
        return $"{spec.YAxisLabel} / {spec.XAxisLabel}. {string.Join(". ", parts)}.{target}";
    }

    /// <summary>
    /// A round upper bound for the value axis above the largest value and the target (10 % headroom for the labels),
    /// chosen among 2, 4 and 10 × a power of ten so that its half, the middle tick, is round too. 1 when all are zero.
    /// </summary>
    public static double NiceMax(ChartSpec spec)
    {
        var max = spec.Series.SelectMany(s => s.Values).OfType<decimal>().Append(spec.Target ?? 0).Select(v => (double)v).Max();
        if (max <= 0)
            return 1;
        var wanted = max * 1.1;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(wanted)));
        return new[] { 2, 4, 10 }.Select(f => f * magnitude).First(v => v >= wanted);
    }
}
