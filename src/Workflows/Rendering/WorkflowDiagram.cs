using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Certification.Workflows.Activities;
using Certification.Workflows.Definitions;

namespace Certification.Workflows.Rendering;

/// <summary>
/// Draws a definition as a self-contained SVG (inline CSS, no script, no external resources): one box
/// per activity in layers from the start downwards, arrows for transitions labelled with their outcomes,
/// loops drawn on the right. Each box is a <c>g</c> with <c>data-activity-id</c> and the CSS classes
/// "activity", the kind in kebab case, and "current" / "faulted" when <see cref="DiagramOptions"/> says so.
/// </summary>
public static class WorkflowDiagram
{
    private const double BoxWidth = 200, BoxHeight = 52, ColumnGap = 40, LayerGap = 64, Margin = 24;
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private const string Style = """
        .activity rect { fill: #f8fafc; stroke: #475569; stroke-width: 1.5; }
        .activity .name { font: 600 13px sans-serif; fill: #0f172a; }
        .activity .detail { font: 11px sans-serif; fill: #475569; }
        .human-task rect { fill: #eff6ff; }
        .end rect { fill: #f1f5f9; }
        .automatic-action rect, .decision rect { fill: #f0fdf4; }
        .current rect { fill: #fef3c7; stroke: #d97706; stroke-width: 3; }
        .faulted rect { fill: #fee2e2; stroke: #dc2626; stroke-width: 3; }
        .edge { fill: none; stroke: #64748b; stroke-width: 1.4; }
        .edge.loop { stroke-dasharray: 5 3; }
        .edge-label { font: 11px sans-serif; fill: #334155; paint-order: stroke; stroke: #ffffff; stroke-width: 3px; }
        """;

    /// <summary>Renders <paramref name="definition"/> as SVG markup, marking the activities named in <paramref name="options"/>.</summary>
    public static string Render(WorkflowDefinition definition, DiagramOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        options ??= new DiagramOptions();
        var layout = LayeredLayout.Compute(definition);
        var prefix = IdPrefix(definition);
        var widest = layout.LayerSizes.Max();
        var contentWidth = (widest * BoxWidth) + ((widest - 1) * ColumnGap);
        var loopRoom = layout.BackEdges
            .Select(t => (0.75 * LoopBulge(Math.Abs(layout.Slots[t.From].Layer - layout.Slots[t.To].Layer))) + 110) // bulge + label
            .DefaultIfEmpty(0)
            .Max();
        var width = (2 * Margin) + contentWidth + loopRoom;
        var height = (2 * Margin) + (layout.LayerSizes.Count * BoxHeight) + ((layout.LayerSizes.Count - 1) * LayerGap);

        (double X, double Y) TopLeft(string id)
        {
            var (layer, position) = layout.Slots[id];
            var layerWidth = (layout.LayerSizes[layer] * BoxWidth) + ((layout.LayerSizes[layer] - 1) * ColumnGap);
            return (Margin + ((contentWidth - layerWidth) / 2) + (position * (BoxWidth + ColumnGap)), Margin + (layer * (BoxHeight + LayerGap)));
        }

        var edges = definition.Transitions
            .GroupBy(t => (t.From, t.To))
            .Select(group => Edge(group.ToList(), layout, TopLeft, prefix, options.OutcomeName));
        var boxes = definition.Activities.Select(activity => Box(activity, TopLeft(activity.Id), options));

        var svg = new XElement(
            Svg + "svg",
            new XAttribute("width", Number(width)),
            new XAttribute("height", Number(height)),
            new XAttribute("viewBox", $"0 0 {Number(width)} {Number(height)}"),
            new XAttribute("role", "img"),
            new XAttribute("aria-label", $"{definition.DisplayName} (version {definition.Version})"),
            new XElement(Svg + "title", $"{definition.DisplayName} (version {definition.Version})"),
            new XElement(Svg + "style", Style),
            new XElement(
                Svg + "defs",
                new XElement(
                    Svg + "marker",
                    new XAttribute("id", $"{prefix}-arrow"),
                    new XAttribute("viewBox", "0 0 10 10"),
                    new XAttribute("refX", "10"),
                    new XAttribute("refY", "5"),
                    new XAttribute("markerWidth", "8"),
                    new XAttribute("markerHeight", "8"),
                    new XAttribute("orient", "auto-start-reverse"),
                    new XElement(Svg + "path", new XAttribute("d", "M0,0 L10,5 L0,10 z"), new XAttribute("fill", "#64748b")))),
            edges,
            boxes);
        return svg.ToString();
    }

    private static XElement Edge(
        List<Transition> transitions, LayeredLayout layout, Func<string, (double X, double Y)> topLeft, string prefix,
        Func<string, string>? outcomeName)
    {
        var (from, to) = (transitions[0].From, transitions[0].To);
        var (fx, fy) = topLeft(from);
        var (tx, ty) = topLeft(to);
        var label = string.Join(", ", transitions.Select(t => outcomeName is null ? t.Outcome : outcomeName(t.Outcome)));
        var isLoop = transitions.Exists(layout.BackEdges.Contains);
        string path;
        double labelX, labelY;
        if (isLoop)
        {
            // Out of the source's right side, bulging right, into the target's right side.
            var bulge = LoopBulge(Math.Abs(layout.Slots[from].Layer - layout.Slots[to].Layer));
            var (x1, y1, x2, y2) = (fx + BoxWidth, fy + (BoxHeight / 2), tx + BoxWidth, ty + (BoxHeight / 2) + (from == to ? 8 : 0));
            path = $"M{Number(x1)},{Number(y1)} C{Number(x1 + bulge)},{Number(y1)} {Number(x2 + bulge)},{Number(y2)} {Number(x2)},{Number(y2)}";
            (labelX, labelY) = (((x1 + x2) / 2) + (0.75 * bulge) + 4, (y1 + y2) / 2);
        }
        else
        {
            var (x1, y1, x2, y2) = (fx + (BoxWidth / 2), fy + BoxHeight, tx + (BoxWidth / 2), ty);
            path = $"M{Number(x1)},{Number(y1)} L{Number(x2)},{Number(y2)}";
            (labelX, labelY) = (((x1 + x2) / 2) + 4, ((y1 + y2) / 2) + 4);
        }

        return new XElement(
            Svg + "g",
            new XAttribute("class", "transition"),
            new XAttribute("data-from", from),
            new XAttribute("data-to", to),
            new XElement(
                Svg + "path",
                new XAttribute("class", isLoop ? "edge loop" : "edge"),
                new XAttribute("d", path),
                new XAttribute("marker-end", $"url(#{prefix}-arrow)")),
            new XElement(Svg + "text", new XAttribute("class", "edge-label"), new XAttribute("x", Number(labelX)), new XAttribute("y", Number(labelY)), label));
    }

    private static XElement Box(Activity activity, (double X, double Y) at, DiagramOptions options)
    {
        var classes = new StringBuilder("activity ").Append(KebabCase(activity.TypeName));
        if (options.HighlightedActivityIds.Contains(activity.Id))
        {
            classes.Append(" current");
        }

        if (options.FaultedActivityIds.Contains(activity.Id))
        {
            classes.Append(" faulted");
        }

        var detail = Detail(activity);
        return new XElement(
            Svg + "g",
            new XAttribute("class", classes.ToString()),
            new XAttribute("data-activity-id", activity.Id),
            new XElement(Svg + "title", $"{activity.DisplayName} [{activity.Id}] — {activity.TypeName}: {Tooltip(activity, detail)}"),
            new XElement(
                Svg + "rect",
                new XAttribute("x", Number(at.X)),
                new XAttribute("y", Number(at.Y)),
                new XAttribute("width", Number(BoxWidth)),
                new XAttribute("height", Number(BoxHeight)),
                new XAttribute("rx", activity is End ? Number(BoxHeight / 2) : "6")),
            new XElement(Svg + "text", new XAttribute("class", "name"), new XAttribute("x", Number(at.X + 10)), new XAttribute("y", Number(at.Y + 21)), Shorten(options.ActivityName?.Invoke(activity.Id) ?? activity.DisplayName, 26)),
            new XElement(Svg + "text", new XAttribute("class", "detail"), new XAttribute("x", Number(at.X + 10)), new XAttribute("y", Number(at.Y + 39)), Shorten(options.ActivityDetail?.Invoke(activity) ?? detail, 31)));
    }

    private static string Detail(Activity activity) => activity switch
    {
        HumanTask task => task.Due is { } due ? $"{task.Assignee.RoleCode} · {due.WorkingDays} working days" : task.Assignee.RoleCode,
        FanOut fanOut => $"each of {fanOut.CollectionKey}",
        Join join => join.Quorum is { } quorum ? $"join {quorum} of {join.ForkId}" : $"join all of {join.ForkId}",
        Fork => "parallel branches",
        TimerEvent { WorkingDays: { } days } => $"after {days} working days",
        TimerEvent timer => $"at {timer.InstantDataKey}",
        Decision decision => decision.PredicateName,
        AutomaticAction action => action.ActionName,
        End end => end.FinalOutcome,
        _ => activity.TypeName,
    };

    private static string Tooltip(Activity activity, string detail) => activity is HumanTask task
        ? $"{task.Assignee}{(task.Due is { } due ? $", due in {due.WorkingDays} working days on clock '{due.Clock.Name}'" : string.Empty)}, form {task.FormKey}"
        : detail;

    private static double LoopBulge(int layerSpan) => 40 + (14 * layerSpan);

    private static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    private static string Number(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);

    private static string KebabCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? $"-{char.ToLowerInvariant(c)}" : char.ToLowerInvariant(c).ToString()));

    private static string IdPrefix(WorkflowDefinition definition) =>
        "wf-" + string.Concat($"{definition.Name}-v{definition.Version}".Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-'));
}
