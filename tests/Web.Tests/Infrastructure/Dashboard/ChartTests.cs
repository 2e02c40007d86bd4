using System.Xml.Linq;
using Certification.Web.Infrastructure.Dashboard.Charts;

namespace Certification.Web.Tests.Infrastructure.Dashboard;

/// <summary>The server-drawn charts: well-formed SVG with a title, a description naming every value, values written on the plot.</summary>
public sealed class ChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static ChartSpec Spec(params ChartSeries[] series) =>
        new("c1", "Liên kết <cộng sinh>", "Năm", "Số liên kết", ["2024", "2025"], series, v => v.ToString("0.#") + " %")
        { Target = 10, TargetLabel = "Mục tiêu 2030:" };

    private static XElement Parse(Microsoft.AspNetCore.Html.IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return XElement.Parse(writer.ToString());
    }

    [Fact]
    public void BarChart_TwoSeries_WritesEveryValueTitleDescriptionTargetAndLegend()
    {
        var svg = Parse(BarChart.Render(Spec(new ChartSeries("A", [4, 6]), new ChartSeries("B", [null, 12]))));

        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("c1-title c1-desc", (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal("Liên kết <cộng sinh>", svg.Element(Svg + "title")!.Value);
        Assert.Equal("Số liên kết / Năm. A — 2024: 4 %; 2025: 6 %. B — 2024: –; 2025: 12 %. Mục tiêu 2030: 10 %.", svg.Element(Svg + "desc")!.Value);
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("4 %", texts);
        Assert.Contains("12 %", texts);
        Assert.Contains("–", texts); // the missing value is said, not drawn as zero
        Assert.Contains("Mục tiêu 2030: 10 %", texts);
        Assert.Contains("Năm", texts);
        Assert.Contains("Số liên kết", texts);
        Assert.Equal(3, svg.Descendants(Svg + "rect").Count(r => r.Element(Svg + "title") is not null)); // three bars with values
        Assert.Single(svg.Descendants(Svg + "pattern")); // the second series is hatched, for black-and-white prints
    }

    [Fact]
    public void BarChart_ValuesAboveTarget_ScaleKeepsTheLargestBarInsideThePlot()
    {
        var svg = Parse(BarChart.Render(Spec(new ChartSeries("A", [37, 3]))));

        var bars = svg.Descendants(Svg + "rect").Where(r => r.Element(Svg + "title") is not null)
            .Select(r => (Y: double.Parse((string)r.Attribute("y")!, System.Globalization.CultureInfo.InvariantCulture),
                Height: double.Parse((string)r.Attribute("height")!, System.Globalization.CultureInfo.InvariantCulture))).ToList();

        Assert.All(bars, b => Assert.True(b.Y >= 40, $"A bar starts above the plot at y={b.Y}."));
        Assert.True(bars[0].Height > bars[1].Height * 10);
    }

    [Fact]
    public void LineChart_GapInSeries_BreaksTheLineAndWritesTheOtherValues()
    {
        var spec = Spec(new ChartSeries("A", [20, null])) with { Categories = ["2023", "2024"] };
        var svg = Parse(LineChart.Render(spec with { Series = [new ChartSeries("A", [20, 60])] }));
        var gap = Parse(LineChart.Render(spec));

        Assert.Matches(@"^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+$", (string)svg.Descendants(Svg + "path").First().Attribute("d")!);
        Assert.Matches(@"^M[\d.]+ [\d.]+$", (string)gap.Descendants(Svg + "path").First().Attribute("d")!);
        Assert.Contains("60 %", svg.Descendants(Svg + "text").Select(t => t.Value));
    }

    [Theory]
    [InlineData(1, 2, "50 %")]
    [InlineData(3, 2, "100 %")]
    [InlineData(0, 2, "0 %")]
    public void ProgressChart_ValueAgainstTarget_FillsItsShareAndWritesTheFigure(int value, int target, string share)
    {
        var svg = Parse(ProgressChart.Render("p1", "KCN sinh thái", value, target, $"{value} / {target}", "mục tiêu đến năm 2030"));

        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains($"{value} / {target}", texts);
        Assert.Contains(share, texts);
        Assert.Equal($"KCN sinh thái: {value} / {target} (mục tiêu đến năm 2030).", svg.Element(Svg + "desc")!.Value);
    }
}
