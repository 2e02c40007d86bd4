using Certification.Workflows.Activities;

namespace Certification.Workflows.Definitions;

/// <summary>The structural checks <see cref="WorkflowDefinitionBuilder.Build"/> runs; each returns readable messages.</summary>
internal static class DefinitionValidator
{
    public static List<string> Validate(
        string name, int version, string? startActivityId, IReadOnlyList<Activity> activities, IReadOnlyList<Transition> transitions)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add("the definition has no name");
        }

        if (version < 1)
        {
            errors.Add($"version {version} is invalid; versions start at 1");
        }

        var byId = new Dictionary<string, Activity>(StringComparer.Ordinal);
        foreach (var activity in activities)
        {
            if (string.IsNullOrWhiteSpace(activity.Id))
            {
                errors.Add($"a {activity.TypeName} has a blank id");
            }
            else if (!byId.TryAdd(activity.Id, activity))
            {
                errors.Add($"duplicate activity id '{activity.Id}'");
            }
        }

        if (startActivityId is null)
        {
            errors.Add("no start activity (call StartAt)");
        }
        else if (!byId.ContainsKey(startActivityId))
        {
            errors.Add($"start activity '{startActivityId}' does not exist");
        }

        CheckTransitions(byId, transitions, errors);
        CheckParallelPairs(byId, activities, errors);
        if (startActivityId is not null && byId.ContainsKey(startActivityId))
        {
            CheckReachability(startActivityId, activities, transitions, byId, errors);
        }

        return errors;
    }

    private static void CheckTransitions(Dictionary<string, Activity> byId, IReadOnlyList<Transition> transitions, List<string> errors)
    {
        var seen = new HashSet<(string, string)>();
        foreach (var (from, outcome, to) in transitions)
        {
            if (!byId.TryGetValue(from, out var source))
            {
                errors.Add($"transition from unknown activity '{from}' (outcome '{outcome}')");
            }
            else if (!source.Outcomes.Contains(outcome))
            {
                var offered = source.Outcomes.Count == 0 ? "none" : string.Join(", ", source.Outcomes);
                errors.Add($"transition from '{from}' on outcome '{outcome}', which '{from}' does not have (outcomes: {offered})");
            }

            if (!byId.ContainsKey(to))
            {
                errors.Add($"transition '{from}' --{outcome}--> '{to}' targets unknown activity '{to}'");
            }

            if (!seen.Add((from, outcome)))
            {
                errors.Add($"outcome '{outcome}' of '{from}' has more than one transition; use a Fork to split paths");
            }
        }

        foreach (var activity in byId.Values)
        {
            foreach (var outcome in activity.Outcomes.Where(o => !seen.Contains((activity.Id, o))))
            {
                errors.Add($"outcome '{outcome}' of '{activity.Id}' has no transition");
            }
        }
    }

    private static void CheckParallelPairs(Dictionary<string, Activity> byId, IReadOnlyList<Activity> activities, List<string> errors)
    {
        var joins = activities.OfType<Join>().ToList();
        foreach (var join in joins)
        {
            if (!byId.TryGetValue(join.ForkId, out var fork) || fork is not (Fork or FanOut))
            {
                errors.Add($"join '{join.Id}' names '{join.ForkId}', which is not a Fork or FanOut");
            }
            else if (join.Quorum is { } quorum && (quorum < 1 || (fork is Fork staticFork && quorum > staticFork.Outcomes.Count)))
            {
                errors.Add($"join '{join.Id}' has quorum {quorum}; it must be between 1 and the number of branches of '{join.ForkId}'");
            }
        }

        foreach (var fork in activities.Where(a => a is Fork or FanOut))
        {
            var count = joins.Count(j => j.ForkId == fork.Id);
            if (count != 1)
            {
                errors.Add($"{fork.TypeName} '{fork.Id}' must be named by exactly one Join, found {count}");
            }

            if (fork is Fork { Outcomes.Count: < 2 })
            {
                errors.Add($"fork '{fork.Id}' needs at least two branches");
            }
        }
    }

    private static void CheckReachability(
        string startActivityId, IReadOnlyList<Activity> activities, IReadOnlyList<Transition> transitions,
        Dictionary<string, Activity> byId, List<string> errors)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal) { startActivityId };
        var pending = new Queue<string>([startActivityId]);
        while (pending.TryDequeue(out var current))
        {
            foreach (var transition in transitions.Where(t => t.From == current && byId.ContainsKey(t.To)))
            {
                if (reached.Add(transition.To))
                {
                    pending.Enqueue(transition.To);
                }
            }
        }

        foreach (var activity in activities.Where(a => !reached.Contains(a.Id)).DistinctBy(a => a.Id))
        {
            errors.Add($"activity '{activity.Id}' is unreachable from the start '{startActivityId}'");
        }
    }
}
