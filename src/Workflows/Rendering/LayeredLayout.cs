using Certification.Workflows.Definitions;

namespace Certification.Workflows.Rendering;

/// <summary>
/// A simple layered (Sugiyama-style, without crossing reduction) layout: a depth-first search from the
/// start marks back edges (loops); on the remaining acyclic graph each activity's layer is its longest
/// distance from the start; within a layer activities keep depth-first order.
/// </summary>
internal sealed class LayeredLayout
{
    private LayeredLayout(Dictionary<string, (int Layer, int Position)> slots, HashSet<Transition> backEdges, int[] layerSizes)
    {
        Slots = slots;
        BackEdges = backEdges;
        LayerSizes = layerSizes;
    }

    /// <summary>Layer (0 = start) and position within the layer of every activity.</summary>
    public IReadOnlyDictionary<string, (int Layer, int Position)> Slots { get; }

    /// <summary>Transitions that close a loop (drawn on the side, upwards).</summary>
    public IReadOnlySet<Transition> BackEdges { get; }

    /// <summary>Number of activities in each layer.</summary>
    public IReadOnlyList<int> LayerSizes { get; }

    public static LayeredLayout Compute(WorkflowDefinition definition)
    {
        var postOrder = new List<string>();
        var backEdges = new HashSet<Transition>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false = on stack, true = finished
        Visit(definition.StartActivityId, definition, state, postOrder, backEdges);

        postOrder.Reverse(); // reverse post-order: every forward edge goes from earlier to later
        var layers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in postOrder)
        {
            layers[id] = definition.Transitions
                .Where(t => t.To == id && !backEdges.Contains(t) && layers.ContainsKey(t.From))
                .Select(t => layers[t.From] + 1)
                .DefaultIfEmpty(0)
                .Max();
        }

        var layerSizes = new int[layers.Values.DefaultIfEmpty(0).Max() + 1];
        var slots = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        foreach (var id in postOrder)
        {
            var layer = layers[id];
            slots[id] = (layer, layerSizes[layer]++);
        }

        return new LayeredLayout(slots, backEdges, layerSizes);
    }

    private static void Visit(
        string id, WorkflowDefinition definition, Dictionary<string, bool> state, List<string> postOrder, HashSet<Transition> backEdges)
    {
        state[id] = false;
        // Visited last-to-first so that, after reversing, the first outcome is drawn leftmost.
        foreach (var transition in definition.Transitions.Where(t => t.From == id).Reverse())
        {
            if (!state.TryGetValue(transition.To, out var finished))
            {
                Visit(transition.To, definition, state, postOrder, backEdges);
            }
            else if (!finished)
            {
                backEdges.Add(transition);
            }
        }

        state[id] = true;
        postOrder.Add(id);
    }
}
