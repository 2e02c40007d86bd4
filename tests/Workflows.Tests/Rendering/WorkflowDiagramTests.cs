using System.Xml.Linq;
using Certification.Workflows.Definitions;
using Certification.Workflows.Processes;
using Certification.Workflows.Rendering;

namespace Certification.Workflows.Tests.Rendering;

public class WorkflowDiagramTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private readonly WorkflowDefinition _definition = EcoIndustrialParkProcess.Build(1, new EcoIndustrialParkClockSettings());

    [Fact]
    public void Render_EipProcess_DrawsOneBoxPerActivity()
    {
        var boxes = Boxes(WorkflowDiagram.Render(_definition));

        Assert.Equal(_definition.Activities.Select(a => a.Id).Order(), boxes.Keys.Order());
        Assert.All(boxes.Values, box => Assert.NotNull(box.Element(Svg + "rect")));
    }

    [Fact]
    public void Render_WithHighlights_MarksExactlyTheCurrentActivities()
    {
        var svg = WorkflowDiagram.Render(_definition, new DiagramOptions { HighlightedActivityIds = ["review", "supplement"] });

        var current = Boxes(svg).Where(pair => ((string)pair.Value.Attribute("class")!).Split(' ').Contains("current")).Select(pair => pair.Key);
        Assert.Equal(["review", "supplement"], current.Order());
    }

    [Fact]
    public void Render_WithFaultedActivity_MarksItFaulted()
    {
        var svg = WorkflowDiagram.Render(_definition, new DiagramOptions { FaultedActivityIds = ["issueCertificate"] });

        Assert.Equal("activity automatic-action faulted", (string?)Boxes(svg)["issueCertificate"].Attribute("class"));
    }

    [Fact]
    public void Render_Transitions_LabelEdgesWithOutcomesAndMergeParallelOnes()
    {
        var labels = XElement.Parse(WorkflowDiagram.Render(_definition))
            .Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "transition")
            .ToDictionary(g => ((string)g.Attribute("data-from")!, (string)g.Attribute("data-to")!), g => g.Element(Svg + "text")!.Value);

        Assert.Equal("approve, reject", labels[("review", "reviewsDone")]);
        Assert.Equal("requestSupplement", labels[("review", "supplement")]);
        Assert.Equal("incomplete", labels[("completenessCheck", "resubmit")]);
    }

    [Fact]
    public void Render_WithNamesFromTheHost_DrawsThemInBoxesAndOnEdges()
    {
        var svg = WorkflowDiagram.Render(_definition, new DiagramOptions
        {
            ActivityName = id => id == "review" ? "Thẩm định chỉ tiêu" : id,
            OutcomeName = outcome => outcome == "approve" ? "Đồng ý" : outcome,
        });

        var name = Boxes(svg)["review"].Elements(Svg + "text").First(t => (string?)t.Attribute("class") == "name").Value;
        var label = XElement.Parse(svg).Descendants(Svg + "g")
            .Single(g => (string?)g.Attribute("data-from") == "review" && (string?)g.Attribute("data-to") == "reviewsDone")
            .Element(Svg + "text")!.Value;
        Assert.Equal("Thẩm định chỉ tiêu", name);
        Assert.Equal("Đồng ý, reject", label);
    }

    [Fact]
    public void Render_WithDetailsFromTheHost_DrawsThemAndKeepsTheOwnWhereTheHostHasNone()
    {
        var svg = WorkflowDiagram.Render(_definition, new DiagramOptions
        {
            ActivityDetail = activity => activity.Id == "review" ? "15 ngày làm việc" : null,
        });

        string Detail(string id) => Boxes(svg)[id].Elements(Svg + "text").First(t => (string?)t.Attribute("class") == "detail").Value;
        Assert.Equal("15 ngày làm việc", Detail("review"));
        Assert.Equal("each of routedIndicators", Detail("reviews"));
    }

    [Fact]
    public void Render_Loops_AreDrawnAsLoopEdges()
    {
        var loops = XElement.Parse(WorkflowDiagram.Render(_definition))
            .Descendants(Svg + "path").Where(p => (string?)p.Attribute("class") == "edge loop")
            .Select(p => (string)p.Parent!.Attribute("data-from")!);

        Assert.Equal(["resubmit", "supplement"], loops.Order());
    }

    [Fact]
    public void Render_Always_IsSelfContained()
    {
        var svg = WorkflowDiagram.Render(_definition);
        var root = XElement.Parse(svg);

        Assert.Equal(Svg + "svg", root.Name);
        Assert.Empty(root.Descendants(Svg + "script"));
        Assert.DoesNotContain("href", svg);
        Assert.Single(svg.Split("http").Skip(1)); // only the SVG namespace URI
    }

    [Fact]
    public void Render_Boxes_DoNotOverlap()
    {
        var rects = Boxes(WorkflowDiagram.Render(_definition)).Values
            .Select(box => box.Element(Svg + "rect")!)
            .Select(r => (X: (double)r.Attribute("x")!, Y: (double)r.Attribute("y")!, W: (double)r.Attribute("width")!, H: (double)r.Attribute("height")!))
            .ToList();

        var overlapping = rects.SelectMany((a, i) => rects.Skip(i + 1), (a, b) => a.X < b.X + b.W && b.X < a.X + a.W && a.Y < b.Y + b.H && b.Y < a.Y + a.H);
        Assert.DoesNotContain(true, overlapping);
    }

    private static Dictionary<string, XElement> Boxes(string svg) =>
        XElement.Parse(svg).Descendants(Svg + "g")
            .Where(g => g.Attribute("data-activity-id") is not null)
            .ToDictionary(g => (string)g.Attribute("data-activity-id")!);
}
